package warta

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// Validate checks what a store's schema cannot: that a is there, has an id,
// and that all its text is valid UTF-8 without NUL bytes. PostgreSQL
// refuses such text, and every store refuses it too so that all stores
// take the same input. The error is of kind ErrInvalid.
func (a *Article) Validate() error {
	if a == nil {
		return Errorf(ErrInvalid, "put article: nil article")
	}
	if a.ID == "" {
		return Errorf(ErrInvalid, "put article from %q: empty id", a.Origin)
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
			return Errorf(ErrInvalid, "put article %q: %s is not valid UTF-8", a.ID, f.name)
		}
		if strings.IndexByte(f.value, 0) >= 0 {
			return Errorf(ErrInvalid, "put article %q: %s holds a NUL byte", a.ID, f.name)
		}
	}
	return nil
}

// StoreHash returns the hash a store keys a's content by: its ContentHash,
// or, when the caller left that empty, a SHA-256 of its title and body.
func (a *Article) StoreHash() string {
	if a.ContentHash != "" {
		return a.ContentHash
	}
	sum := sha256.Sum256([]byte(a.Title + "\x00" + a.Body))
	return "sha256:" + hex.EncodeToString(sum[:])
}
