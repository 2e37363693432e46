package warta

import (
	"strings"
	"testing"
	"unicode"
)

func TestOutletKey(t *testing.T) {
	tests := []struct{ in, want string }{
		// Hosts, with and without "www." and subdomains.
		{"detik.com", "detik"},
		{"www.detik.com", "detik"},
		{"news.detik.com", "detik"},
		{"m.detik.com", "detik"},
		{"amp.kompas.com", "kompas"},
		{"WWW.Kompas.Com", "kompas"},
		{"megapolitan.kompas.com", "kompas"},
		{"www.liputan6.com", "liputan6"},
		{"kabar-nusantara.example", "kabarnusantara"},
		// Country and second-level domains.
		{"republika.co.id", "republika"},
		{"news.republika.co.id", "republika"},
		{"tempo.co", "tempo"},
		{"kompas.id", "kompas"},
		{"kompas.tv", "kompas"},
		{"kemlu.go.id", "kemlu"},
		{"www.setkab.go.id", "setkab"},
		{"walhi.or.id", "walhi"},
		{"ugm.ac.id", "ugm"},
		{"bbc.co.uk", "bbc"},
		{"www.theguardian.co.uk", "theguardian"},
		{"abc.net.au", "abc"},
		{"www.thestar.com.my", "thestar"},
		{"elpais.es", "elpais"},
		{"abcnews.go.com", "go"}, // go.com is the site
		{"kabar.info", "kabar"},
		// Web addresses.
		{"https://www.detik.com/news/berita/d-1/judul", "detik"},
		{"HTTP://News.Detik.com:443/a?b=c#d", "detik"},
		{"//m.kompas.com/read", "kompas"},
		{"https://redaksi@bbc.co.uk/news", "bbc"},
		{"detik.com/news/berita", "detik"},
		{"kompas.com:8080", "kompas"},
		// Display names.
		{"Kompas.com", "kompas"},
		{"KOMPAS.TV", "kompas"},
		{"TRIBUNNEWS.COM", "tribunnews"},
		{"Liputan6.com", "liputan6"},
		{"CNN Indonesia", "cnnindonesia"},
		{"cnnindonesia.com", "cnnindonesia"},
		{"Detik", "detik"},
		{"detikNews", "detiknews"},
		{"Kabar Nusantara", "kabarnusantara"},
		{"KABARNUSANTARA", "kabarnusantara"},
		{"The Jakarta Post", "thejakartapost"},
		{"thejakartapost.com", "thejakartapost"},
		{"  Antara News ", "antaranews"},
		{"Kompas/Gramedia", "kompasgramedia"},
		// Empty and hostile input.
		{"", ""},
		{"   ", ""},
		{"www.", ""},
		{"https://", ""},
		{"https:///path", ""},
		{"..", ""},
		{".com", "com"},
		{"\x00\xff\xfe", ""},
		{"<script>alert(1)</script>", "scriptalert1script"},
		{"'; DROP TABLE articles; --", "droptablearticles"},
	}
	for _, tt := range tests {
		if got := OutletKey(tt.in); got != tt.want {
			t.Errorf("OutletKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestOutletKeySpellings checks that every spelling of one outlet gives
// one key, and that different outlets give different keys.
func TestOutletKeySpellings(t *testing.T) {
	outlets := [][]string{
		{"Detik", "detik.com", "www.detik.com", "news.detik.com", "https://finance.detik.com/x", "DETIK.COM"},
		{"Republika", "republika.co.id", "ameera.republika.co.id", "REPUBLIKA.CO.ID"},
		{"BBC", "bbc.co.uk", "www.bbc.co.uk", "bbc.com"},
		{"Kemlu", "kemlu.go.id", "https://www.kemlu.go.id/berita"},
		{"Setkab", "setkab.go.id"},
	}
	owner := map[string]int{}
	for i, names := range outlets {
		want := OutletKey(names[0])
		for _, name := range names {
			got := OutletKey(name)
			if got != want {
				t.Errorf("OutletKey(%q) = %q, want %q like %q", name, got, want, names[0])
			}
			if j, ok := owner[got]; ok && j != i {
				t.Errorf("OutletKey(%q) = %q, the key of %q too", name, got, outlets[j][0])
			}
			owner[got] = i
		}
	}
}

func FuzzOutletKey(f *testing.F) {
	for _, s := range []string{"news.detik.com", "https://www.bbc.co.uk/news", "CNN Indonesia", "a.b.c.d", "//x:1/", "\xff.id"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := OutletKey(s)
		for _, r := range k {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				t.Fatalf("OutletKey(%q) = %q holds %q", s, k, r)
			}
		}
		if len(k) > 4*len(s) {
			t.Fatalf("OutletKey(%q) = %q, longer than its input allows", s, k)
		}
		if strings.TrimSpace(s) == "" && k != "" {
			t.Fatalf("OutletKey(%q) = %q, want \"\"", s, k)
		}
	})
}

func BenchmarkOutletKey(b *testing.B) {
	names := []string{"news.detik.com", "Kabar Nusantara", "https://www.bbc.co.uk/news/world", "Presiden Joko Widodo", "republika.co.id"}
	for b.Loop() {
		for _, s := range names {
			OutletKey(s)
		}
	}
}
