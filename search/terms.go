package search

import (
	"strings"
	"unicode"
)

// MaxTerms bounds how many distinct terms Terms returns, so that a pasted
// page of text cannot turn into a query of thousands of clauses.
const MaxTerms = 64

// Terms splits words into lower-case tokens of letters and digits, the way
// the databases' own tokenizers split text, and returns them without
// duplicates, in first-seen order, at most MaxTerms of them. Anything else
// (quotes, operators, punctuation, emoji) separates tokens and is dropped, so
// a returned term is always safe to quote into an FTS5 MATCH expression or a
// PostgreSQL tsquery.
func Terms(words ...string) []string {
	var terms []string
	seen := make(map[string]bool)
	for _, w := range words {
		for _, tok := range strings.FieldsFunc(fold(w), isSeparator) {
			if seen[tok] {
				continue
			}
			if len(terms) == MaxTerms {
				return terms
			}
			seen[tok] = true
			terms = append(terms, tok)
		}
	}
	return terms
}

// isSeparator reports whether r splits tokens: everything but letters,
// digits and combining marks.
func isSeparator(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// fold lower-cases s for matching.
func fold(s string) string {
	return strings.ToLower(strings.ToValidUTF8(s, " "))
}
