package ingest

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/warta-news/warta"
)

// role is what a record field means.
type role int

const (
	roleID role = iota
	roleTitle
	roleBody
	roleURL
	rolePublished
	roleOutlet
	roleAuthor
	roleLanguage
	numRoles
)

// fieldNames lists, for each role, the lower-case field names that carry it,
// best first. They cover news-please dumps (maintext, date_publish,
// source_domain), plain dumps, Indonesian dumps (judul, isi_berita,
// tanggal_publikasi, sumber), NewsAPI (source.name) and the WordPress REST
// API (title.rendered). A short description or summary is a body only when
// nothing better is there.
var fieldNames = [numRoles][]string{
	roleID:        {"id", "_id", "doc_id", "article_id"},
	roleTitle:     {"title", "headline", "judul"},
	roleBody:      {"maintext", "body", "text", "content", "isi_berita", "isi", "article", "articlebody", "article_body", "fulltext", "full_text", "paragraphs", "description", "summary", "deskripsi"},
	roleURL:       {"url", "link", "uri", "href", "canonical_url", "permalink", "source_url"},
	rolePublished: {"date_publish", "published", "published_at", "publishedat", "date", "tanggal_publikasi", "tanggal", "pubdate", "datepublished", "date_published", "publish_date", "publication_date", "waktu"},
	roleOutlet:    {"source_domain", "outlet", "source", "site", "sumber", "publisher", "site_name", "media"},
	roleAuthor:    {"author", "authors", "byline", "penulis", "creator"},
	roleLanguage:  {"language", "lang", "bahasa"},
}

// lookup returns the value of a record's field by lower-case name.
type lookup func(name string) (any, bool)

// pick returns the first non-empty value among the names of r, with the
// name it came from. present says whether any of the names was there at all.
func pick(get lookup, r role) (value, name string, present bool) {
	for _, n := range fieldNames[r] {
		v, ok := get(n)
		if !ok {
			continue
		}
		present = true
		if s := strings.TrimSpace(coerce(v, r, 0)); s != "" {
			if r == roleBody {
				// Keep the body as the input had it: cleaning is extract's job.
				return coerce(v, r, 0), n, true
			}
			return s, n, true
		}
	}
	return "", "", present
}

// coerce turns a decoded value into the string a field means. Numbers keep
// their text; lists of authors are joined with ", " and other lists give
// their first non-empty element; objects give their "rendered", "name",
// "text", "value", "href" or "url" member. Anything else is "".
func coerce(v any, r role, depth int) string {
	if depth > 4 {
		return ""
	}
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case float64:
		return fmt.Sprint(v)
	case []any:
		if r == roleBody && nested(v) {
			return joinTokens(v)
		}
		var parts []string
		for _, e := range v {
			s := strings.TrimSpace(coerce(e, r, depth+1))
			if s == "" {
				continue
			}
			if r != roleAuthor {
				return s
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		for _, k := range []string{"rendered", "name", "text", "value", "#text", "href", "url"} {
			if e, ok := v[k]; ok {
				if s := coerce(e, r, depth+1); strings.TrimSpace(s) != "" {
					return s
				}
			}
		}
	}
	return ""
}

// nested reports whether a list holds lists: the shape of tokenised
// corpora such as IndoSum, whose "paragraphs" are lists of sentences, each
// a list of tokens.
func nested(v []any) bool {
	for _, e := range v {
		if _, ok := e.([]any); ok {
			return true
		}
	}
	return false
}

// joinTokens turns nested token lists back into text: tokens are joined
// with spaces (none before closing punctuation or after opening brackets),
// sentences with a space, and paragraphs (lists of lists) with a newline.
func joinTokens(v []any) string {
	var parts []string
	sep := " "
	allStrings := true
	for _, e := range v {
		switch e := e.(type) {
		case string:
			parts = append(parts, e)
		case []any:
			allStrings = false
			if nested(e) {
				sep = "\n"
			}
			if s := joinTokens(e); s != "" {
				parts = append(parts, s)
			}
		}
	}
	if allStrings {
		return detokenize(parts)
	}
	return strings.Join(parts, sep)
}

// detokenize joins tokens as running text would have them.
func detokenize(tokens []string) string {
	var b strings.Builder
	quoteOpen := false
	glueNext := false
	for i, t := range tokens {
		if t == "" {
			continue
		}
		glue := glueNext
		glueNext = false
		switch t {
		case ".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "”", "’":
			glue = true
		case "(", "[", "{", "“", "‘":
			glueNext = true
		case "\"":
			if quoteOpen {
				glue = true
			} else {
				glueNext = true
			}
			quoteOpen = !quoteOpen
		}
		if i > 0 && !glue && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// recordInfo says where a record is.
type recordInfo struct {
	base   string // whole-file id, for records with neither id nor URL
	n      int    // record number in the file, from 1
	origin string // "path:LINE"
	format string
}

// buildDocument maps a record's fields to a Document. A record without any
// body field, or with only empty ones, fails with ErrNoBody.
func buildDocument(get lookup, at recordInfo) (warta.Document, error) {
	var f [numRoles]string
	for r := range numRoles {
		v, _, _ := pick(get, r)
		s, err := decodeField(v)
		if err != nil {
			return warta.Document{}, fmt.Errorf("field %s: %w", fieldNames[r][0], err)
		}
		f[r] = s
	}
	if strings.TrimSpace(f[roleBody]) == "" {
		for _, n := range fieldNames[roleBody] {
			if _, ok := get(n); ok {
				return warta.Document{}, fmt.Errorf("%w: body field %q is empty", ErrNoBody, n)
			}
		}
		return warta.Document{}, fmt.Errorf("%w field (looked for %s)", ErrNoBody, strings.Join(fieldNames[roleBody], ", "))
	}
	d := warta.Document{
		ID:        recordID(f[roleID], f[roleURL], at.base, at.n),
		Origin:    at.origin,
		Format:    at.format,
		Title:     f[roleTitle],
		URL:       f[roleURL],
		Outlet:    f[roleOutlet],
		Author:    f[roleAuthor],
		Language:  f[roleLanguage],
		Published: f[rolePublished],
	}
	if looksHTML(f[roleBody]) {
		d.HTML = f[roleBody]
	} else {
		d.Text = f[roleBody]
	}
	return d, nil
}

// mapLookup looks fields up in a decoded JSON object, ignoring case. When
// two keys differ only in case, the one that sorts first wins, so the
// choice does not depend on map order.
func mapLookup(m map[string]any) lookup {
	lower := make(map[string]any, len(m))
	keys := make(map[string]string, len(m))
	for k, v := range m {
		l := strings.ToLower(strings.TrimSpace(k))
		if prev, ok := keys[l]; ok && prev < k {
			continue
		}
		lower[l], keys[l] = v, k
	}
	return func(name string) (any, bool) {
		v, ok := lower[name]
		return v, ok
	}
}
