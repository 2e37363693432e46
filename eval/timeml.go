package eval

import (
	"fmt"
	"html"
	"os"
	"strings"
)

// TimeMLDoc is one TimeML document reduced to what temporal tagging needs:
// the plain text of its TEXT element, its creation time, and the gold
// TIMEX3 annotations with byte offsets into Text.
type TimeMLDoc struct {
	Name    string
	DCT     string // the creation time's value, e.g. "1998-02-27"
	Text    string
	Timexes []TimeMLTimex
}

// TimeMLTimex is one gold TIMEX3 annotation.
type TimeMLTimex struct {
	Text       string
	Type       string
	Value      string
	Start, End int // byte offsets into TimeMLDoc.Text
}

// ReadTimeML reads the TimeML file at path.
func ReadTimeML(path string) (TimeMLDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return TimeMLDoc{}, fmt.Errorf("read timeml: %w", err)
	}
	doc, err := ParseTimeML(string(b))
	if err != nil {
		return TimeMLDoc{}, fmt.Errorf("read timeml %s: %w", path, err)
	}
	doc.Name = path
	return doc, nil
}

// ParseTimeML parses a TimeML document. The creation time is read from the
// DCT element (or, failing that, from a TIMEX3 whose functionInDocument is
// CREATION_TIME); annotations inside TEXT are kept, except creation times,
// which are system input and not scored. Tags other than TIMEX3 are dropped
// and character references are decoded, so Text is what a reader would see.
func ParseTimeML(src string) (TimeMLDoc, error) {
	var doc TimeMLDoc
	if i := strings.Index(src, "<DCT>"); i >= 0 {
		rest := src[i:]
		if j := strings.Index(rest, "<TIMEX3"); j >= 0 {
			end := strings.IndexByte(rest[j:], '>')
			if end > 0 {
				doc.DCT = attr(rest[j:j+end], "value")
			}
		}
	}
	start := strings.Index(src, "<TEXT>")
	end := strings.LastIndex(src, "</TEXT>")
	if start < 0 || end < start {
		return doc, fmt.Errorf("parse timeml: no TEXT element")
	}
	body := src[start+len("<TEXT>") : end]
	var text strings.Builder
	var open *TimeMLTimex
	openCT := false
	for len(body) > 0 {
		lt := strings.IndexByte(body, '<')
		if lt < 0 {
			text.WriteString(html.UnescapeString(body))
			break
		}
		text.WriteString(html.UnescapeString(body[:lt]))
		gt := strings.IndexByte(body[lt:], '>')
		if gt < 0 {
			return doc, fmt.Errorf("parse timeml: unclosed tag at %q", clip(body[lt:], 40))
		}
		tag := body[lt+1 : lt+gt]
		body = body[lt+gt+1:]
		switch {
		case strings.HasPrefix(tag, "TIMEX3"):
			if open != nil {
				return doc, fmt.Errorf("parse timeml: nested TIMEX3 at %q", clip(tag, 40))
			}
			open = &TimeMLTimex{Type: attr(tag, "type"), Value: attr(tag, "value"), Start: text.Len()}
			openCT = attr(tag, "functionInDocument") == "CREATION_TIME"
			if openCT && doc.DCT == "" {
				doc.DCT = open.Value
			}
			if strings.HasSuffix(tag, "/") { // an empty, non-consuming timex
				open = nil
			}
		case tag == "/TIMEX3":
			if open == nil {
				return doc, fmt.Errorf("parse timeml: stray </TIMEX3>")
			}
			open.End = text.Len()
			if !openCT {
				doc.Timexes = append(doc.Timexes, *open)
			}
			open = nil
		}
	}
	doc.Text = text.String()
	for i := range doc.Timexes {
		t := &doc.Timexes[i]
		t.Text = doc.Text[t.Start:t.End]
	}
	if doc.DCT == "" {
		return doc, fmt.Errorf("parse timeml: no creation time")
	}
	return doc, nil
}

// attr returns the value of the attribute name in the tag's source, or "".
func attr(tag, name string) string {
	key := " " + name + "=\""
	i := strings.Index(tag, key)
	if i < 0 {
		return ""
	}
	rest := tag[i+len(key):]
	j := strings.IndexByte(rest, '"')
	if j < 0 {
		return ""
	}
	return html.UnescapeString(rest[:j])
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
