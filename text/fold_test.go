package text

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"jakarta", "jakarta"},
		{"JAKARTA Pusat", "jakarta pusat"},
		{"Café Naïve Résumé", "cafe naive resume"},
		{"Ñandú Ångström Øre", "nandu angstrom øre"},
		{"“Kami” ‘siap’", `"kami" 'siap'`},
		{"Pyongyang – Moskow — Seoul", "pyongyang - moskow - seoul"},
		{"don’t", "don't"},
		{"ﬁnal ½", "final 1⁄2"},
		{"Ｊａｋａｒｔａ", "jakarta"},
		{"a\u00a0b", "a b"},
		{"İstanbul", "istanbul"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  ...  ", ""},
		{"Harga beras naik.", "harga beras naik"},
		{"“Kami siap,”  katanya –  lalu\tpergi.\n", "kami siap katanya lalu pergi"},
		{`"Kami siap," katanya - lalu pergi.`, "kami siap katanya lalu pergi"},
		{"negara-negara", "negara negara"},
		{"Rp5.000", "rp5 000"},
		{"Café", "cafe"},
		{"kata,dia", "kata dia"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNormalizeCopies checks that two renderings of one paragraph, which
// differ only in quotes, dashes, spacing and case, normalise alike, and
// that a changed word does not.
func TestNormalizeCopies(t *testing.T) {
	a := "“Kami siap menang,” kata pelatih — Senin (10/6)."
	b := "\"KAMI siap  menang\", kata pelatih - Senin (10/6)"
	c := "\"Kami siap kalah\", kata pelatih - Senin (10/6)"
	if Normalize(a) != Normalize(b) {
		t.Errorf("Normalize(%q) = %q and Normalize(%q) = %q, want equal", a, Normalize(a), b, Normalize(b))
	}
	if Normalize(a) == Normalize(c) {
		t.Errorf("Normalize(%q) = Normalize(%q) = %q, want different", a, c, Normalize(a))
	}
}

func FuzzNormalize(f *testing.F) {
	f.Add("“Kami siap,”  katanya — Café ﬁnal ½ \xff")
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize(Normalize(%q)) = %q, want %q", s, again, n)
		}
		if strings.Contains(n, "  ") || strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") {
			t.Fatalf("Normalize(%q) = %q: stray spaces", s, n)
		}
	})
}

func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "Kata", "KATA-kata", "İstanbul", "Café", "ǅ", "abc\xff", "ÀB"} {
		buf := make([]byte, 0, 4)
		buf = append(buf, "x:"...)
		if got, want := string(AppendLower(buf, s)), "x:"+strings.ToLower(s); got != want {
			t.Errorf("AppendLower(%q, %q) = %q, want %q", "x:", s, got, want)
		}
	}
}
