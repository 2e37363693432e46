package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strconv"
	"strings"
)

// knownExts are the extensions baseID strips, however many are stacked
// ("page.html.gz" -> "page").
var knownExts = map[string]bool{
	".gz": true, ".gzip": true, ".bz2": true,
	".txt": true, ".text": true,
	".html": true, ".htm": true, ".xhtml": true, ".shtml": true,
	".json": true, ".jsonl": true, ".ndjson": true, ".jsonlines": true,
	".csv": true, ".tsv": true, ".tab": true,
	".warc": true, ".arc": true,
	".xml": true, ".rss": true, ".atom": true,
}

// baseID returns the contract id of a whole-file document: the base name of
// path without its extensions. Known extensions are all stripped
// ("h07_page.html.gz" -> "h07_page"); when none is known, the last one is
// ("notes.v2.md" -> "notes.v2"). A name that would become empty stays whole.
func baseID(path string) string {
	if path == "-" || path == "" {
		return "stdin"
	}
	name := filepath.Base(path)
	id := name
	stripped := false
	for {
		ext := strings.ToLower(filepath.Ext(id))
		if ext == "" || !knownExts[ext] || len(ext) == len(id) {
			break
		}
		id = id[:len(id)-len(ext)]
		stripped = true
	}
	if !stripped {
		if ext := filepath.Ext(id); ext != "" && len(ext) < len(id) {
			id = id[:len(id)-len(ext)]
		}
	}
	if id == "" {
		return name
	}
	return id
}

// urlID returns the id of a record known by its URL: "u" and the first 16
// hex digits of the URL's SHA-256.
func urlID(url string) string {
	return hashID("u", url)
}

func hashID(prefix, s string) string {
	sum := sha256.Sum256([]byte(s))
	return prefix + hex.EncodeToString(sum[:8])
}

// recordID returns the id of the n-th record (1-based) of a file whose
// whole-file id is base. The record's own id field comes first when it is a
// plain token that is safe in a URL path; then a hash of its URL; then a
// hash of an id field that is not a plain token (an Atom "tag:" URI, a
// permalink GUID); then base and the record number.
func recordID(idField, url, base string, n int) string {
	idField = strings.TrimSpace(idField)
	url = strings.TrimSpace(url)
	switch {
	case plainToken(idField):
		return idField
	case url != "":
		return urlID(url)
	case idField != "":
		return hashID("i", idField)
	}
	return base + "-" + strconv.Itoa(n)
}

// plainToken reports whether s is 1 to 128 ASCII letters, digits, '-', '_'
// or '.', and not only dots.
func plainToken(s string) bool {
	if s == "" || len(s) > 128 || strings.Trim(s, ".") == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}
