// Package dedup finds articles that carry the same report. This first
// version finds exact copies: articles whose bodies are equal once case,
// punctuation, quote styles and spacing are normalised away. Near copies
// and rewrites come in later versions and share the same output shape.
package dedup
