package text

import (
	"reflect"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{" ,.;— “” ", []string{}},
		{"Harga beras naik.", []string{"Harga", "beras", "naik"}},
		{"negara-negara Barat", []string{"negara-negara", "Barat"}},
		{"ulang tahun ke-72", []string{"ulang", "tahun", "ke-72"}},
		{"Rabu (12/6), pukul 13.21 WIB", []string{"Rabu", "12", "6", "pukul", "13.21", "WIB"}},
		{"“Kami siap,” katanya.", []string{"Kami", "siap", "katanya"}},
		{"Rp5.000 dan 1,5 persen", []string{"Rp5.000", "dan", "1,5", "persen"}},
		{"Kompas.com melaporkan", []string{"Kompas.com", "melaporkan"}},
		{"don't and don’t", []string{"don't", "and", "don’t"}},
		{"Pyongyang – Moskow", []string{"Pyongyang", "Moskow"}},
		{"Kim Il-sung", []string{"Kim", "Il-sung"}},
		{"trailing- -leading", []string{"trailing", "leading"}},
		{"café naïve", []string{"café", "naïve"}},
	}
	for _, tt := range tests {
		spans := Words(tt.in)
		got := make([]string, len(spans))
		for i, sp := range spans {
			got[i] = sp.Text(tt.in)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzWords(f *testing.F) {
	f.Add("negara-negara Barat, ke-72, 13.21 WIB “Kami”")
	f.Add("\xff\x80 a-\xfe-b --- ’’")
	f.Fuzz(func(t *testing.T, s string) {
		spans := Words(s)
		checkSpans(t, "Words", s, spans)
		for _, sp := range spans {
			if !isWordToken(sp.Text(s)) {
				t.Fatalf("Words(%q): token %q has no letter or digit", s, sp.Text(s))
			}
		}
	})
}
