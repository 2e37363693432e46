package text

// Span is a byte range [Start, End) of a string.
type Span struct{ Start, End int }

// Text returns the part of s that the span covers.
func (sp Span) Text(s string) string { return s[sp.Start:sp.End] }
