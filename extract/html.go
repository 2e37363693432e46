package extract

import (
	"context"
	"encoding/json"
	"fmt"
	nurl "net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"github.com/warta-news/warta"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxPageBytes is the largest page HTML accepts. News pages are rarely over
// 2 MiB; anything much larger is a dump or an attack, and the extractor's
// time and memory grow with the tree.
const MaxPageBytes = 8 << 20

// HTMLTimeout bounds one extraction by HTML. Extraction is CPU-bound and
// takes tens of milliseconds on a normal page.
const HTMLTimeout = 10 * time.Second

// ErrPageTooLarge reports a page over MaxPageBytes.
var ErrPageTooLarge = &warta.Error{Kind: warta.ErrInvalid, Message: "page too large"}

// HTML extracts the main text and metadata of a page. pageURL may be "";
// when given it resolves relative links and is reported when the page names
// no canonical URL. It gives up after HTMLTimeout.
func HTML(page, pageURL string) (Result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), HTMLTimeout)
	defer cancel()
	return HTMLContext(ctx, page, pageURL)
}

// HTMLContext is HTML under ctx: it returns ctx's error when ctx ends before
// the extraction does. The extractor cannot be interrupted, so an abandoned
// extraction finishes in the background; MaxPageBytes bounds what it costs.
func HTMLContext(ctx context.Context, page, pageURL string) (Result, error) {
	return runHTML(ctx, page, pageURL, true)
}

// HTMLRaw is HTML without the line cleaner: the Body is the main text as
// go-trafilatura finds it, one block per line, the Title, Author and Outlet
// are the page metadata alone, and Removed is empty. It exists so that an
// evaluation can measure what the cleaner adds to the extractor.
func HTMLRaw(page, pageURL string) (Result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), HTMLTimeout)
	defer cancel()
	return runHTML(ctx, page, pageURL, false)
}

// runHTML runs extractHTML under ctx, recovering from a panic in the
// extractor.
func runHTML(ctx context.Context, page, pageURL string, clean bool) (Result, error) {
	if len(page) > MaxPageBytes {
		return Result{}, fmt.Errorf("extract html: %d bytes: %w (limit %d)", len(page), ErrPageTooLarge, MaxPageBytes)
	}
	type outcome struct {
		r   Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- outcome{err: fmt.Errorf("extract html: extractor failed: %v", p)}
			}
		}()
		r, err := extractHTML(page, pageURL, clean)
		done <- outcome{r, err}
	}()
	select {
	case o := <-done:
		return o.r, o.err
	case <-ctx.Done():
		return Result{}, fmt.Errorf("extract html: %w", ctx.Err())
	}
}

// extractHTML does the work of HTML, and of HTMLRaw when clean is false.
func extractHTML(page, pageURL string, clean bool) (Result, error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return Result{}, fmt.Errorf("extract html: parse: %w", err)
	}
	head := readHead(doc)
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
	}
	if u, err := nurl.ParseRequestURI(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	ext, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return Result{}, fmt.Errorf("extract html: %w: %w", ErrNoContent, err)
	}
	if ext == nil || ext.ContentNode == nil {
		return Result{}, fmt.Errorf("extract html: %w", ErrNoContent)
	}
	meta := ext.Metadata
	var r Result
	if clean {
		r = cleanText(strings.Join(blockLines(ext.ContentNode), "\n"), true)
	} else {
		r.Body = strings.Join(blockLines(ext.ContentNode), "\n")
	}
	if r.Body == "" {
		return Result{}, fmt.Errorf("extract html: %w", ErrNoContent)
	}
	title := strings.TrimSpace(meta.Title)
	if title != "" && r.Title != "" && !sameText(title, r.Title) {
		// The page's own title wins; a different line the cleaner took for
		// a headline is a standfirst and stays in the body.
		r.Body = r.Title + "\n" + r.Body
	}
	r.Title = first(title, r.Title)
	r.Author = first(strings.TrimSpace(meta.Author), r.Author)
	r.Outlet = first(strings.TrimSpace(meta.Sitename), r.Outlet)
	r.URL = first(strings.TrimSpace(meta.URL), pageURL)
	r.Language = first(head.language, meta.Language)
	published := head.published
	if published == "" && !meta.Date.IsZero() {
		published = formatDate(meta.Date)
	}
	r.Published = first(published, r.Published)
	return r, nil
}

// sameText reports whether two titles are the same but for case and spaces.
func sameText(a, b string) bool {
	return strings.EqualFold(normalizeSpace(a), normalizeSpace(b))
}

// formatDate writes a date found by the extractor: the day alone when it
// has no time of day.
func formatDate(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// headInfo is what the page says about itself in its markup.
type headInfo struct {
	language  string // from <html lang>, primary subtag
	published string // raw publication date from meta tags or JSON-LD
}

// publishedMeta names the meta tags that carry a publication date, best first.
var publishedMeta = []string{
	"article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
	"publish-date", "publish_date", "dc.date.issued", "dc.date", "date", "content_publishedtime",
	"sailthru.date", "parsely-pub-date",
}

// readHead reads the language and the raw publication date from the page's
// markup, before the extractor normalises them away.
func readHead(doc *html.Node) headInfo {
	var h headInfo
	metas := make(map[string]string)
	var ld []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if lang := attr(n, "lang"); lang != "" && h.language == "" {
					h.language = strings.ToLower(strings.FieldsFunc(lang, func(r rune) bool { return r == '-' || r == '_' })[0])
				}
			case atom.Meta:
				key := strings.ToLower(first(attr(n, "property"), first(attr(n, "name"), attr(n, "itemprop"))))
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
					if _, ok := metas[key]; !ok {
						metas[key] = v
					}
				}
			case atom.Time:
				if v := strings.TrimSpace(attr(n, "datetime")); v != "" && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					metas["datepublished"] = first(metas["datepublished"], v)
				}
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					ld = append(ld, n.FirstChild.Data)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, k := range publishedMeta {
		if v := metas[k]; v != "" {
			h.published = v
			return h
		}
	}
	for _, s := range ld {
		if v := ldDatePublished(s); v != "" {
			h.published = v
			break
		}
	}
	return h
}

// ldDatePublished finds the first "datePublished" in a JSON-LD block.
func ldDatePublished(s string) string {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 8 {
			return ""
		}
		switch t := v.(type) {
		case map[string]any:
			if d, ok := t["datePublished"].(string); ok && strings.TrimSpace(d) != "" {
				return strings.TrimSpace(d)
			}
			for _, c := range t {
				if d := find(c, depth+1); d != "" {
					return d
				}
			}
		case []any:
			for _, c := range t {
				if d := find(c, depth+1); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// inlineTags are the elements that do not break a paragraph. Every other
// element does; the extractor's output uses its own block names ("head",
// "list", "item", "quote"), so a list of inline names is the safer side.
var inlineTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true, "code": true,
	"data": true, "del": true, "dfn": true, "em": true, "font": true, "hi": true, "i": true,
	"ins": true, "kbd": true, "label": true, "mark": true, "q": true, "ref": true, "s": true,
	"samp": true, "small": true, "span": true, "strike": true, "strong": true, "sub": true,
	"sup": true, "time": true, "tt": true, "u": true, "var": true, "wbr": true,
}

// blockLines renders the text of n one paragraph per line.
func blockLines(n *html.Node) []string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if t := normalizeSpace(cur.String()); t != "" {
			lines = append(lines, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "iframe":
				return
			case "br", "lb", "hr":
				flush()
				return
			}
			if !inlineTags[n.Data] {
				flush()
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return lines
}
