package warta

import (
	"strings"
	"testing"
)

func TestArticleValidate(t *testing.T) {
	tests := []struct {
		name string
		a    *Article
		want string // part of the error; "" for no error
	}{
		{"ok", &Article{ID: "a", Body: "Teks."}, ""},
		{"nil", nil, "nil article"},
		{"no id", &Article{Origin: "x.txt"}, "empty id"},
		{"bad utf-8 body", &Article{ID: "a", Body: "ab\xff"}, "body is not valid UTF-8"},
		{"nul in title", &Article{ID: "a", Title: "a\x00b"}, "title holds a NUL byte"},
		{"bad entity", &Article{ID: "a", Entities: []Entity{{Text: "\xfe"}}}, "entity is not valid UTF-8"},
		{"nul in quote", &Article{ID: "a", Quotes: []Quote{{Speaker: "x\x00"}}}, "quote holds a NUL byte"},
	}
	for _, tt := range tests {
		err := tt.a.Validate()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: Validate() = %v, want nil", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: Validate() = %v, want an error containing %q", tt.name, err, tt.want)
		case tt.want != "" && ErrorKind(err) != ErrInvalid:
			t.Errorf("%s: ErrorKind(Validate()) = %q, want %q", tt.name, ErrorKind(err), ErrInvalid)
		}
	}
}

func TestArticleStoreHash(t *testing.T) {
	a := &Article{Title: "T", Body: "B"}
	b := &Article{Title: "T", Body: "B", ID: "other"}
	if a.StoreHash() != b.StoreHash() {
		t.Errorf("StoreHash differs for the same title and body: %q, %q", a.StoreHash(), b.StoreHash())
	}
	if c := (&Article{Title: "T", Body: "C"}); c.StoreHash() == a.StoreHash() {
		t.Errorf("StoreHash(%q) = StoreHash(%q)", c.Body, a.Body)
	}
	if got := (&Article{ContentHash: "h1", Body: "B"}).StoreHash(); got != "h1" {
		t.Errorf("StoreHash with ContentHash h1 = %q, want h1", got)
	}
}
