package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
)

// kind is a format Reader knows how to read.
type kind int

const (
	kindText kind = iota
	kindHTML
	kindJSON
	kindJSONL
	kindCSV
	kindTSV
	kindWARC
	kindFeed
)

// format returns the Document.Format of a kind.
func (k kind) format() string {
	return [...]string{"txt", "html", "json", "jsonl", "csv", "csv", "warc", "rss"}[k]
}

// sniffLen is how much of a file detect looks at.
const sniffLen = 8 << 10

// formatExt returns the lower-case extension that names the format of path,
// ignoring compression extensions ("a.jsonl.gz" -> ".jsonl").
func formatExt(path string) string {
	name := strings.ToLower(filepath.Base(path))
	for {
		ext := filepath.Ext(name)
		switch ext {
		case ".gz", ".gzip", ".bz2":
			name = name[:len(name)-len(ext)]
			continue
		}
		return ext
	}
}

// detect chooses the format of a file from its first bytes (head, already
// decompressed and decoded to UTF-8 where a byte order mark said so) and its
// extension. Content wins when it is unambiguous: a WARC header, a feed or
// HTML root element, a JSON object or array, binary bytes. The extension
// decides the rest: .csv and .tsv are only known by name. complete says
// that head is the whole file.
func detect(ext string, head []byte, complete bool) (kind, error) {
	t := bytes.TrimLeft(head, " \t\r\n\f\v")
	if len(t) == 0 && complete {
		if len(head) == 0 {
			return 0, ErrEmpty
		}
		return 0, fmt.Errorf("%w (only white space)", ErrEmpty)
	}
	if bytes.HasPrefix(t, []byte("WARC/")) {
		return kindWARC, nil
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return 0, binaryError(head, fmt.Errorf("%w (NUL byte at offset %d)", ErrUnsupported, i))
	}
	if err := checkControls(head); err != nil {
		return 0, binaryError(head, err)
	}
	if bad, _ := utf8Stats(head); bad > len(head)/4 && bad > 16 {
		return 0, binaryError(head, fmt.Errorf("%w (mostly invalid UTF-8: %d of %d bytes)", ErrUnsupported, bad, len(head)))
	}
	if len(t) > 0 && t[0] == '<' {
		switch root := rootElement(t); root {
		case "rss", "feed", "rdf:rdf", "rdf":
			return kindFeed, nil
		case "html":
			return kindHTML, nil
		default:
			if ext == ".xml" || ext == ".rss" || ext == ".atom" {
				if root == "" {
					root = "?"
				}
				return 0, fmt.Errorf("%w (XML whose root element is <%s>, not an RSS or Atom feed)", ErrUnsupported, root)
			}
			if strongHTML(t) || (ext != ".txt" && ext != ".text" && weakHTML(t)) {
				return kindHTML, nil
			}
		}
	}
	if jsonStart(t) {
		if ext == ".jsonl" || ext == ".ndjson" || ext == ".jsonlines" {
			if t[0] == '[' {
				return kindJSON, nil
			}
			return kindJSONL, nil
		}
		if ext == ".json" || t[0] == '[' || !firstLineJSON(t) {
			return kindJSON, nil
		}
		return kindJSONL, nil
	}
	switch ext {
	case ".csv":
		return kindCSV, nil
	case ".tsv", ".tab":
		return kindTSV, nil
	case ".json":
		return kindJSON, nil
	case ".jsonl", ".ndjson", ".jsonlines":
		return kindJSONL, nil
	case ".html", ".htm", ".xhtml", ".shtml":
		return kindHTML, nil
	case ".warc", ".arc":
		return 0, fmt.Errorf("%w (no WARC/1.x header at the start)", ErrUnsupported)
	}
	return kindText, nil
}

// jsonStart reports whether t opens a JSON object with a key or an empty
// one, or an array of objects or an empty one. A bare '[' or '{' is not
// enough: "[Jakarta] Polisi ..." is text.
func jsonStart(t []byte) bool {
	if len(t) < 2 || (t[0] != '{' && t[0] != '[') {
		return false
	}
	rest := bytes.TrimLeft(t[1:], " \t\r\n")
	if len(rest) == 0 {
		return false
	}
	if t[0] == '{' {
		return rest[0] == '"' || rest[0] == '}'
	}
	return rest[0] == '{' || rest[0] == ']'
}

// firstLineJSON reports whether the first line of t is a complete JSON
// value, the mark of JSON Lines.
func firstLineJSON(t []byte) bool {
	line, _, found := bytes.Cut(t, []byte("\n"))
	return found && json.Valid(bytes.TrimSpace(line))
}

// rootElement returns the lower-case name of the first element of a markup
// document, past an XML declaration, comments, processing instructions and a
// doctype. It returns "html" for an HTML doctype, "" when there is no
// element in t.
func rootElement(t []byte) string {
	for {
		t = bytes.TrimLeft(t, " \t\r\n\f")
		if len(t) < 2 || t[0] != '<' {
			return ""
		}
		switch {
		case bytes.HasPrefix(t, []byte("<!--")):
			end := bytes.Index(t, []byte("-->"))
			if end < 0 {
				return ""
			}
			t = t[end+3:]
		case t[1] == '?' || t[1] == '!':
			if t[1] == '!' && len(t) >= 14 && strings.EqualFold(string(t[:14]), "<!doctype html") {
				return "html"
			}
			end := bytes.IndexByte(t, '>')
			if end < 0 {
				return ""
			}
			t = t[end+1:]
		default:
			end := bytes.IndexAny(t[1:], " \t\r\n/>")
			if end < 0 {
				return ""
			}
			return strings.ToLower(string(t[1 : end+1]))
		}
	}
}

// strongHTML reports whether t starts with an element only an HTML page
// starts with.
func strongHTML(t []byte) bool {
	switch rootElement(t) {
	case "html", "head", "body":
		return true
	}
	return false
}

// weakHTML reports whether t, which starts with '<', holds closing tags of
// common elements: an HTML fragment.
func weakHTML(t []byte) bool {
	l := bytes.ToLower(t)
	for _, tag := range []string{"</p>", "</div>", "</a>", "</title>", "</span>", "</h1>", "</h2>", "</li>", "</table>", "</article>"} {
		if bytes.Contains(l, []byte(tag)) {
			return true
		}
	}
	return false
}

// looksHTML reports whether a record's body is HTML: it starts with '<' and
// holds tags.
func looksHTML(s string) bool {
	t := strings.TrimLeft(s, " \t\r\n\f")
	if len(t) < 3 || t[0] != '<' {
		return false
	}
	c := t[1]
	if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '!' || c == '/') {
		return false
	}
	if strings.Contains(t, "</") || strings.Contains(t, "/>") || strongHTML([]byte(t)) {
		return true
	}
	l := strings.ToLower(t)
	return strings.Contains(l, "<br") || strings.Contains(l, "<img") || strings.Contains(l, "<p>")
}

// hasTags reports whether s holds something shaped like an HTML tag
// anywhere: the test for feed item bodies, which are HTML more often than
// not and seldom start with a tag.
func hasTags(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '<' || i+1 >= len(s) {
			continue
		}
		j := i + 1
		if s[j] == '/' {
			j++
		}
		if j >= len(s) || !('a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z') {
			continue
		}
		if end := strings.IndexByte(s[j:], '>'); end > 0 && end < 2000 && !strings.ContainsRune(s[j:j+end], '<') {
			return true
		}
	}
	return false
}
