package dedup

import (
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/cespare/xxhash/v2"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// SignatureSize is the number of MinHash values in a Signature. With 128
// values the estimated Jaccard similarity has a standard error of at most
// 0.044 (sqrt(J(1-J)/128)), enough to tell 0.5 from 0.3 reliably.
const SignatureSize = 128

// ShingleWords is the number of words in a shingle. Five-word shingles are
// rare enough that two independent articles share few of them, even on one
// story, and short enough that an edited word spoils only five.
const ShingleWords = 5

// Bands and rows of the LSH index: SignatureSize = lshBands * lshRows. Two
// signatures become candidates when all the rows of one band agree. With
// 32 bands of 4 rows a pair at Jaccard 0.5 is found with probability
// 1-(1-0.5^4)^32 = 0.87, at 0.6 with 0.99, and at 0.2 with only 0.05.
const (
	lshBands = 32
	lshRows  = SignatureSize / lshBands
)

// Signature is the MinHash signature of an article body: for each of
// SignatureSize hash functions, the smallest hash of any word shingle of
// the normalised body. The fraction of positions where two signatures agree
// estimates the Jaccard similarity of their shingle sets. A nil Signature
// belongs to a body without words.
//
// A Signature is SignatureSize*4 bytes in its binary form (MarshalBinary),
// so that a store can keep it next to the article and the near-copy index
// need not be rebuilt from the bodies.
type Signature []uint32

// Sign returns the MinHash signature of a's body.
func Sign(a *warta.Article) Signature {
	return signText(a.Body)
}

// signText returns the MinHash signature of body's normalised word
// shingles, or nil when body has no words.
func signText(body string) Signature {
	words := strings.Fields(text.Normalize(body))
	if len(words) == 0 {
		return nil
	}
	sig := make(Signature, SignatureSize)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	n := len(words) - ShingleWords + 1
	if n < 1 {
		n = 1 // a body shorter than a shingle is one shingle
	}
	var d xxhash.Digest
	for i := 0; i < n; i++ {
		d.Reset()
		for j := i; j < i+ShingleWords && j < len(words); j++ {
			d.WriteString(words[j])
			d.Write([]byte{' '})
		}
		x := d.Sum64()
		for k := range sig {
			// Each hash function maps the shingle hash by multiply-shift
			// with its own odd multiplier and offset: a multiply and an
			// add, far cheaper than hashing the shingle 128 times, and a
			// universal family, which is what MinHash needs.
			if h := uint32((x*seeds[k].mul + seeds[k].add) >> 32); h < sig[k] {
				sig[k] = h
			}
		}
	}
	return sig
}

// seeds holds the multiplier (odd) and offset of each hash function,
// derived from a fixed sequence so that signatures are the same in every
// run and every build: a stored Signature stays comparable.
var seeds = func() [SignatureSize]struct{ mul, add uint64 } {
	var s [SignatureSize]struct{ mul, add uint64 }
	x := uint64(0x5741525441) // "WARTA"
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i].mul = mix64(x) | 1
		x += 0x9e3779b97f4a7c15
		s[i].add = mix64(x)
	}
	return s
}()

// mix64 is the SplitMix64 finaliser: a bijection on uint64 that spreads
// every input bit over every output bit.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Similarity returns the estimated Jaccard similarity of the shingle sets
// behind s and t, 0..1: the fraction of positions where they agree. It is 0
// when either is empty or their sizes differ.
func (s Signature) Similarity(t Signature) float64 {
	if len(s) == 0 || len(s) != len(t) {
		return 0
	}
	same := 0
	for i := range s {
		if s[i] == t[i] {
			same++
		}
	}
	return float64(same) / float64(len(s))
}

// bandKeys returns one key per LSH band: a hash of the band's values and
// its index, so that equal values in different bands do not collide.
func (s Signature) bandKeys() []uint64 {
	if len(s) != SignatureSize {
		return nil
	}
	keys := make([]uint64, lshBands)
	var buf [4 * lshRows]byte
	for b := range keys {
		for r := 0; r < lshRows; r++ {
			binary.LittleEndian.PutUint32(buf[4*r:], s[b*lshRows+r])
		}
		keys[b] = mix64(xxhash.Sum64(buf[:]) + uint64(b))
	}
	return keys
}

// MarshalBinary returns s as little-endian uint32 values, 4 bytes each.
func (s Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 4*len(s))
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b, nil
}

// UnmarshalBinary sets s from the form MarshalBinary returns. It fails,
// leaving s unchanged, unless b holds exactly SignatureSize values or is
// empty (the signature of a body without words).
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) == 0 {
		*s = nil
		return nil
	}
	if len(b) != 4*SignatureSize {
		return fmt.Errorf("decode signature: %d bytes, want %d", len(b), 4*SignatureSize)
	}
	sig := make(Signature, SignatureSize)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	*s = sig
	return nil
}
