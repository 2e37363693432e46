package cluster

import (
	"net/url"
	"strings"
	"unicode"
)

// slugWords returns the words of the slugs in the path of rawURL, space
// separated: the path segments of at least minSlugWords words joined by
// hyphens or underscores ("la-fi-mo-federal-reserve-plosser-stimulus-economy-20140310").
// Words with digits (ids, dates) and words of fewer than three letters
// are left out, and so are segments that are not slugs ("business",
// "article.aspx", "16746301") and the query string: they say nothing
// about the story. A slug is written by an editor, often apart from the
// headline, and names the story in words of its own ("plosser" for "Fed
// official says weak data caused by weather").
func slugWords(rawURL string) string {
	if rawURL == "" {
		return ""
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	var out []string
	for _, seg := range strings.Split(u.Path, "/") {
		if i := strings.LastIndexByte(seg, '.'); i > 0 {
			seg = seg[:i] // an extension: .html, .php, .story
		}
		words := strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '+' || r == ',' })
		if len(words) < minSlugWords {
			continue
		}
		var kept []string
		for _, w := range words {
			if len(w) >= 3 && isLetters(w) {
				kept = append(kept, strings.ToLower(w))
			}
		}
		if len(kept) >= minSlugWords-1 {
			out = append(out, kept...)
		}
	}
	return strings.Join(out, " ")
}

// minSlugWords is how many words a path segment needs to be a slug.
const minSlugWords = 3

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
