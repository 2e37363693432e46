package dedup

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

// wordsText returns n distinct words w<from>..w<from+n-1>, space separated.
func wordsText(from, n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = fmt.Sprintf("w%d", from+i)
	}
	return strings.Join(ws, " ")
}

// TestSignatureSimilarity checks the MinHash estimate against the true
// Jaccard similarity of the shingle sets of texts with a known overlap.
func TestSignatureSimilarity(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{wordsText(0, 404), wordsText(0, 404), 1},
		// 400 shingles each, 200 shared: 200/600.
		{wordsText(0, 404), wordsText(200, 404), 200.0 / 600},
		// 400 and 200 shingles, nested: 200/400.
		{wordsText(0, 404), wordsText(0, 204), 0.5},
		{wordsText(0, 404), wordsText(1000, 404), 0},
	}
	for _, tt := range tests {
		got := signText(tt.a).Similarity(signText(tt.b))
		// Four standard errors of a 128-value estimate at most.
		if tol := 4 * math.Sqrt(tt.want*(1-tt.want)/SignatureSize); math.Abs(got-tt.want) > tol+1e-9 {
			t.Errorf("Similarity(%.20q…, %.20q…) = %.3f, want %.3f ± %.3f", tt.a, tt.b, got, tt.want, tol)
		}
	}
}

func TestSign(t *testing.T) {
	tests := []struct {
		body    string
		wantLen int
	}{
		{"", 0},
		{" — … ", 0},
		{"satu", SignatureSize},
		{"Harga beras naik lagi di pasar", SignatureSize},
	}
	for _, tt := range tests {
		if got := Sign(&warta.Article{Body: tt.body}); len(got) != tt.wantLen {
			t.Errorf("len(Sign(%q)) = %d, want %d", tt.body, len(got), tt.wantLen)
		}
	}
	a, b := Sign(&warta.Article{Body: "Harga “beras” naik, lagi!"}), Sign(&warta.Article{Body: "harga \"beras\" naik lagi"})
	if got := a.Similarity(b); got != 1 {
		t.Errorf("Similarity of bodies that differ in case and punctuation = %v, want 1", got)
	}
	if got := a.Similarity(nil); got != 0 {
		t.Errorf("Similarity with nil = %v, want 0", got)
	}
}

func TestSignatureBinary(t *testing.T) {
	sig := Sign(&warta.Article{Body: wordsText(0, 50)})
	b, err := sig.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != 4*SignatureSize {
		t.Errorf("len(MarshalBinary) = %d, want %d", len(b), 4*SignatureSize)
	}
	var got Signature
	if err := got.UnmarshalBinary(b); err != nil {
		t.Fatalf("UnmarshalBinary(MarshalBinary()) = %v", err)
	}
	if got.Similarity(sig) != 1 {
		t.Errorf("UnmarshalBinary(MarshalBinary(s)) differs from s")
	}

	tests := []struct {
		in      []byte
		wantErr bool
	}{
		{nil, false},
		{[]byte{1, 2, 3}, true},
		{make([]byte, 4*SignatureSize-4), true},
		{make([]byte, 4*SignatureSize+1), true},
		{make([]byte, 4*SignatureSize), false},
	}
	for _, tt := range tests {
		s := Signature{7}
		err := s.UnmarshalBinary(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("UnmarshalBinary(%d bytes) error = %v, want error %v", len(tt.in), err, tt.wantErr)
		}
		if err != nil && (len(s) != 1 || s[0] != 7) {
			t.Errorf("UnmarshalBinary(%d bytes) failed but changed the signature to %v", len(tt.in), s)
		}
	}
}

func FuzzSignatureUnmarshalBinary(f *testing.F) {
	good, _ := Sign(&warta.Article{Body: "satu dua tiga empat lima enam"}).MarshalBinary()
	f.Add(good)
	f.Add([]byte{})
	f.Add([]byte{0xff, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Signature
		if err := s.UnmarshalBinary(b); err != nil {
			return
		}
		again, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, b) {
			t.Errorf("MarshalBinary(UnmarshalBinary(%x)) = %x, want the input back", b, again)
		}
	})
}
