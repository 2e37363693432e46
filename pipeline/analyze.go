package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/claim"
	"github.com/warta-news/warta/entity"
	"github.com/warta-news/warta/extract"
	"github.com/warta-news/warta/lang"
	"github.com/warta-news/warta/quote"
	"github.com/warta-news/warta/text"
	"github.com/warta-news/warta/timex"
)

// Analyzer turns Documents into analysed Articles. It is safe for
// concurrent use; build one with NewAnalyzer and share it.
type Analyzer struct {
	lang   *lang.Detector
	tagger *timex.Tagger
}

// NewAnalyzer returns an Analyzer whose clock is now (nil means time.Now).
// The clock matters only for relative dates in articles that carry no
// date of their own.
func NewAnalyzer(now func() time.Time) *Analyzer {
	return &Analyzer{lang: lang.New(), tagger: &timex.Tagger{Now: now}}
}

// Analyze runs every per-article stage on doc. It fails when the document
// has no usable text.
func (an *Analyzer) Analyze(doc warta.Document) (*warta.Article, error) {
	return an.AnalyzeWith(doc, nil)
}

// AnalyzeWith is Analyze with cross-article evidence for the cleaner: rep,
// if not nil, holds the line counts of the batch doc came in (see
// CountLines), so that lines repeated across an outlet's articles are
// dropped as boilerplate.
func (an *Analyzer) AnalyzeWith(doc warta.Document, rep *extract.Repeats) (*warta.Article, error) {
	res, err := extract.DocumentWith(doc, rep)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	body := strings.TrimSpace(res.Body)
	if body == "" {
		return nil, warta.Errorf(warta.ErrInvalid, "no article text found")
	}
	a := &warta.Article{
		ID:       doc.ID,
		Origin:   doc.Origin,
		Format:   doc.Format,
		Title:    res.Title,
		Outlet:   res.Outlet,
		Author:   res.Author,
		Dateline: res.Dateline,
		URL:      res.URL,
		Body:     body,
		Removed:  res.Removed,
	}
	a.Language = languageCode(res.Language)
	if a.Language == "" {
		a.Language = an.lang.Detect(body)
	}
	if a.Title == "" {
		a.Title = leadTitle(body)
	}
	a.Published, a.PublishedSource, a.Timexes = an.tagger.Date(body, a.Language, res.Published)
	a.Entities = entity.ExtractKnown(body, a.Language, entity.Known{Outlets: []string{a.Outlet}})
	a.Quotes = quote.Extract(body, a.Language, a.Entities)
	a.Claims = claim.Extract(body, a.Language, a.Entities, a.Quotes)
	a.Stems = text.StemText(a.Language, a.Title+"\n"+body)
	a.ContentHash = ContentHash(a)
	nonNil(a)
	return a, nil
}

// ContentHash returns the identity of an article's content: its normalised
// body, title, URL and outlet. Two files with the same text and metadata
// hash alike, so re-ingesting either adds nothing; the same wire text
// published by two outlets hashes apart, so both are kept and dedup can
// report them as exact copies.
func ContentHash(a *warta.Article) string {
	h := sha256.New()
	for _, s := range []string{text.Normalize(a.Body), text.Normalize(a.Title), a.URL, strings.ToLower(a.Outlet)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// languageCode maps the language names that metadata uses to the codes
// Warta uses ("id", "ms", "en"), and anything else to itself in lower case.
// It returns "" for an empty or unknown value so that detection runs.
func languageCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i] // "id-ID", "en_US"
	}
	switch s {
	case "", "und", "unknown":
		return ""
	case "in", "ind", "indonesian", "bahasa", "bahasa indonesia":
		return "id"
	case "msa", "may", "zsm", "malay":
		return "ms"
	case "eng", "english":
		return "en"
	}
	if len(s) > 3 {
		return ""
	}
	return s
}

// leadTitle derives a title from the lead of a body that has no headline:
// its first sentence, cut at a word boundary after about twelve words.
func leadTitle(body string) string {
	first := body
	if spans := text.Sentences(body); len(spans) > 0 {
		first = body[spans[0].Start:spans[0].End]
	}
	first = stripDateline(strings.TrimSpace(first))
	words := strings.Fields(first)
	const max = 12
	if len(words) <= max {
		return strings.TrimRight(first, ".")
	}
	t := strings.Join(words[:max], " ")
	t = strings.TrimRight(t, ",;:–-— ")
	if !utf8.ValidString(t) {
		t = strings.ToValidUTF8(t, "")
	}
	return t + " …"
}

// stripDateline removes a dateline that opens a lead ("JAKARTA, 3 Oktober
// 2024 –", "TRIBUNNEWS.COM, MOSKOW –", "Pyongyang –"): a prefix of at most
// six words, each capitalised or a number, before a dash.
func stripDateline(s string) string {
	for _, dash := range []string{" – ", " — ", " - "} {
		i := strings.Index(s, dash)
		if i <= 0 || i > 80 {
			continue
		}
		words := strings.Fields(datelinePunct.Replace(s[:i]))
		if len(words) == 0 || len(words) > 6 {
			continue
		}
		ok := true
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				ok = false
				break
			}
		}
		if ok {
			return strings.TrimSpace(s[i+len(dash):])
		}
	}
	return s
}

// datelinePunct turns the punctuation of a dateline into spaces.
var datelinePunct = strings.NewReplacer(",", " ", "(", " ", ")", " ")

// nonNil makes empty annotation lists encode as [] rather than null, as the
// contract's shapes expect.
func nonNil(a *warta.Article) {
	if a.Entities == nil {
		a.Entities = []warta.Entity{}
	}
	if a.Timexes == nil {
		a.Timexes = []warta.Timex{}
	}
	if a.Quotes == nil {
		a.Quotes = []warta.Quote{}
	}
	if a.Claims == nil {
		a.Claims = []warta.Claim{}
	}
}
