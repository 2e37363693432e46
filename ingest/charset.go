package ingest

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeText returns b as valid UTF-8 text. Valid UTF-8 is kept as is (less
// a byte order mark). Bytes with no valid multi-byte UTF-8 sequence among
// them are read as Windows-1252, the usual legacy encoding of Western and
// Indonesian text (it is a superset of ISO-8859-1's printable range). UTF-8
// with a few invalid bytes is repaired with U+FFFD. NUL bytes, many control
// characters or mostly invalid bytes mean binary content: an error wrapping
// ErrUnsupported.
func decodeText(b []byte) (string, error) {
	b = bytes.TrimPrefix(b, utf8BOM)
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", fmt.Errorf("%w (NUL byte at offset %d)", ErrUnsupported, i)
	}
	if utf8.Valid(b) {
		if err := checkControls(b); err != nil {
			return "", err
		}
		return string(b), nil
	}
	bad, multi := utf8Stats(b)
	if multi == 0 {
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("decode windows-1252: %w", err)
		}
		if err := checkControls(out); err != nil {
			return "", err
		}
		return string(out), nil
	}
	if bad > len(b)/10 {
		return "", fmt.Errorf("%w (mostly invalid UTF-8: %d of %d bytes)", ErrUnsupported, bad, len(b))
	}
	if err := checkControls(b); err != nil {
		return "", err
	}
	return strings.ToValidUTF8(string(b), "\uFFFD"), nil
}

// decodeHTML returns an HTML page as valid UTF-8. A page that already is
// valid UTF-8 is kept, whatever it declares (mislabelled pages are common).
// Otherwise a charset from contentType or a <meta> declaration is honoured,
// and decodeText's rules apply when the page declares nothing useful.
func decodeHTML(b []byte, contentType string) (string, error) {
	b = bytes.TrimPrefix(b, utf8BOM)
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", fmt.Errorf("%w (NUL byte at offset %d)", ErrUnsupported, i)
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	enc, name, _ := charset.DetermineEncoding(b, contentType)
	// windows-1252 is also DetermineEncoding's guess when nothing is
	// declared; decodeText makes that guess more carefully.
	if enc != nil && name != "utf-8" && name != "windows-1252" {
		if out, err := enc.NewDecoder().Bytes(b); err == nil {
			return string(out), nil
		}
	}
	return decodeText(b)
}

// decodeField returns a record field as valid UTF-8, by decodeText's rules.
func decodeField(s string) (string, error) {
	if utf8.ValidString(s) {
		return s, nil
	}
	return decodeText([]byte(s))
}

// utf8Stats counts the invalid bytes and the valid multi-byte runes of b.
func utf8Stats(b []byte) (bad, multi int) {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			multi++
		}
		b = b[size:]
	}
	return bad, multi
}

// checkControls fails when more than 2% of b (and at least 4 bytes) are
// control characters that text does not use.
func checkControls(b []byte) error {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7f {
			n++
		}
	}
	if n >= 4 && n*50 > len(b) {
		return fmt.Errorf("%w (%d control characters in %d bytes)", ErrUnsupported, n, len(b))
	}
	return nil
}

// binaryError describes content that is not text: by its type when the
// standard sniffer knows it (PDF, an image, an archive), else by cause.
func binaryError(head []byte, cause error) error {
	if ct := http.DetectContentType(head); !strings.HasPrefix(ct, "text/") && ct != "application/octet-stream" {
		return fmt.Errorf("%w (looks like %s)", ErrUnsupported, strings.SplitN(ct, ";", 2)[0])
	}
	return cause
}
