package postgres

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/warta-news/warta"
)

// validate checks what the schema cannot: that a is there, has an id, and
// that its text is valid UTF-8 without NUL bytes (which PostgreSQL refuses,
// and which this store refuses too so that both stores take the same input).
func validate(a *warta.Article) error {
	if a == nil {
		return warta.Errorf(warta.ErrInvalid, "put article: nil article")
	}
	if a.ID == "" {
		return warta.Errorf(warta.ErrInvalid, "put article from %q: empty id", a.Origin)
	}
	fields := []struct{ name, value string }{
		{"id", a.ID}, {"origin", a.Origin}, {"format", a.Format}, {"title", a.Title},
		{"language", a.Language}, {"outlet", a.Outlet}, {"author", a.Author},
		{"dateline", a.Dateline}, {"url", a.URL}, {"published", a.Published},
		{"published_source", a.PublishedSource}, {"body", a.Body},
		{"content_hash", a.ContentHash}, {"stems", a.Stems},
	}
	for _, e := range a.Entities {
		fields = append(fields, struct{ name, value string }{"entity", e.Text + e.Type + e.Canonical})
	}
	for _, x := range a.Timexes {
		fields = append(fields, struct{ name, value string }{"timex", x.Text + x.Value + x.Type + x.Flag})
	}
	for _, q := range a.Quotes {
		fields = append(fields, struct{ name, value string }{"quote", q.Text + q.Speaker + q.Cue + q.Kind})
	}
	for _, c := range a.Claims {
		fields = append(fields, struct{ name, value string }{"claim", c.Holder + c.Stance + c.Text + c.About})
	}
	for _, f := range fields {
		if !utf8.ValidString(f.value) {
			return warta.Errorf(warta.ErrInvalid, "put article %q: %s is not valid UTF-8", a.ID, f.name)
		}
		if strings.IndexByte(f.value, 0) >= 0 {
			return warta.Errorf(warta.ErrInvalid, "put article %q: %s holds a NUL byte", a.ID, f.name)
		}
	}
	return nil
}

// contentHash returns a's content hash, or, when the caller left it empty,
// a SHA-256 of its title and body.
func contentHash(a *warta.Article) string {
	if a.ContentHash != "" {
		return a.ContentHash
	}
	sum := sha256.Sum256([]byte(a.Title + "\x00" + a.Body))
	return "sha256:" + hex.EncodeToString(sum[:])
}
