package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/warta-news/warta/text"
)

// BodyHash returns the hash of a body's normalised text, or "" when the
// body has no words. Bodies that differ only in case, punctuation, quote
// marks or spacing hash alike.
func BodyHash(body string) string {
	n := strings.TrimSpace(text.Normalize(body))
	if n == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(n))
	return hex.EncodeToString(sum[:])
}
