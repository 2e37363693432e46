package ingest

import (
	"errors"
	"strings"
	"testing"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"utf8", "Kopi – enak", "Kopi – enak"},
		{"bom", "\xef\xbb\xbfKopi", "Kopi"},
		{"windows-1252", "Caf\xe9 \x93kopi\x94", "Café “kopi”"},
		{"stray byte in utf8", "Kopi – enak \xff sekali, bukan? " + strings.Repeat("a", 20), "Kopi – enak \uFFFD sekali, bukan? " + strings.Repeat("a", 20)},
	}
	for _, tt := range tests {
		got, err := decodeText([]byte(tt.in))
		if err != nil || got != tt.want {
			t.Errorf("decodeText(%s %q) = %q, %v; want %q", tt.name, tt.in, got, err, tt.want)
		}
	}
}

func TestDecodeTextBinary(t *testing.T) {
	tests := []struct{ name, in string }{
		{"nul", "abc\x00"},
		{"garbage with utf8", "– \xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8 –"},
		{"controls", "\x01\x02\x03\x04\x05\x06\x07\x08abc"},
	}
	for _, tt := range tests {
		if _, err := decodeText([]byte(tt.in)); !errors.Is(err, ErrUnsupported) {
			t.Errorf("decodeText(%s %q) error = %v, want ErrUnsupported", tt.name, tt.in, err)
		}
	}
}

func TestDecodeHTML(t *testing.T) {
	tests := []struct {
		name, in, contentType, want string
	}{
		{"utf8 kept despite label", `<meta charset="iso-8859-2"><p>Kopi – enak`, "", `<meta charset="iso-8859-2"><p>Kopi – enak`},
		{"meta latin2", "<meta charset=\"iso-8859-2\"><p>\xa3\xf3d\xbc", "", "<meta charset=\"iso-8859-2\"><p>Łódź"},
		{"header latin2", "<p>\xa3\xf3d\xbc", "text/html; charset=iso-8859-2", "<p>Łódź"},
		{"undeclared 1252", "<p>Caf\xe9</p>", "", "<p>Café</p>"},
	}
	for _, tt := range tests {
		got, err := decodeHTML([]byte(tt.in), tt.contentType)
		if err != nil || got != tt.want {
			t.Errorf("decodeHTML(%s) = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}
