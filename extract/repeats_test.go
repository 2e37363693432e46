package extract

import (
	"fmt"
	"hash/maphash"
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

func TestRepeats(t *testing.T) {
	promo := "Warta.id adalah portal berita yang menyajikan kabar terbaru dari seluruh daerah di Indonesia setiap hari untuk pembaca setia."
	background := "Seperti diberitakan sebelumnya, banjir merendam ratusan rumah warga di tiga kecamatan sejak Senin pagi."
	rep := NewRepeats()
	for i := range 40 {
		body := fmt.Sprintf("Berita nomor %d tentang hal yang berbeda setiap kali ditulis oleh redaksi.\nFoto: Istimewa", i)
		if i < 30 {
			body += "\n" + promo
		}
		if i < 8 {
			body += "\n" + background
		}
		if i < 6 {
			body += "\nBabak kedua\n(Rudi Hartanto)"
		}
		body += "\nBerikut isi postingannya:"
		rep.Add("warta.id", fmt.Sprintf("https://warta.id/%d", i), body)
		// A re-crawl of the same page, and the same text under another key,
		// count once.
		rep.Add("warta.id", fmt.Sprintf("https://warta.id/%d", i), body)
		rep.Add("warta.id", fmt.Sprintf("https://warta.id/copy/%d", i), body)
	}
	rep.Add("lain.id", "https://lain.id/1", "Foto: Istimewa\nIsi berita.")
	tests := []struct {
		outlet, line string
		count        int
		repeated     bool
	}{
		{"warta.id", "Foto: Istimewa", 40, true},
		{"warta.id", "  FOTO:   istimewa ", 40, true}, // case and spaces do not matter
		{"warta.id", promo, 30, true},
		{"warta.id", background, 8, false}, // a long line in a few articles is content
		{"lain.id", "Foto: Istimewa", 1, false},
		{"warta.id", "Babak kedua", 6, false},                // a subheading in a few of the articles
		{"warta.id", "(Rudi Hartanto)", 6, true},             // a sign-off in as few
		{"warta.id", "Berikut isi postingannya:", 40, false}, // it introduces what follows
		{"warta.id", "Berita nomor 1 tentang hal yang berbeda setiap kali ditulis oleh redaksi.", 1, false},
		{"nowhere", "Foto: Istimewa", 0, false},
	}
	for _, tt := range tests {
		n, articles := rep.Count(tt.outlet, tt.line)
		if n != tt.count {
			t.Errorf("Count(%q, %q) = %d, want %d", tt.outlet, tt.line, n, tt.count)
		}
		if tt.outlet == "warta.id" && articles != 40 {
			t.Errorf("Count(%q) articles = %d, want 40", tt.outlet, articles)
		}
		if got := rep.Repeated(tt.outlet, tt.line); got != tt.repeated {
			t.Errorf("Repeated(%q, %q) = %v, want %v", tt.outlet, tt.line, got, tt.repeated)
		}
	}

	lead := "Banjir merendam ratusan rumah warga di tiga kecamatan sejak Senin pagi, kata petugas."
	in := lead + "\n" + background + "\n" + promo
	r := TextWith(in, Options{Repeats: rep, Outlet: "warta.id"})
	if want := lead + "\n" + background; r.Body != want {
		t.Errorf("TextWith body = %q, want %q", r.Body, want)
	}
	if len(r.Removed) != 1 || r.Removed[0].Reason != ReasonRepeated {
		t.Errorf("TextWith removed %v, want the promo as %q", r.Removed, ReasonRepeated)
	}
	if r := Text(in); r.Body != in {
		t.Errorf("Text without evidence changed the body to %q", r.Body)
	}
	var nilRep *Repeats
	if nilRep.Repeated("warta.id", promo) {
		t.Error("a nil Repeats found a repeat")
	}
}

func TestOutletKey(t *testing.T) {
	tests := []struct {
		doc  warta.Document
		want string
	}{
		{warta.Document{Outlet: " Liputan6.com "}, "liputan6.com"},
		{warta.Document{URL: "https://www.kompas.com/read/1"}, "kompas.com"},
		{warta.Document{URL: "https://news.detik.com/x", Outlet: "detik.com"}, "detik.com"},
		{warta.Document{}, ""},
	}
	for _, tt := range tests {
		if got := OutletKey(tt.doc); got != tt.want {
			t.Errorf("OutletKey(%+v) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

func TestTextLines(t *testing.T) {
	in := "Judul Berita Hari Ini Di Kota\n\nJAKARTA - Isi berita yang panjang dan lengkap ditulis di sini oleh wartawan kami.\nBaca juga: Berita lain\n\nAdvertisement"
	_, v := TextLines(in, Options{})
	var got []string
	for _, l := range v {
		got = append(got, fmt.Sprintf("%d:%s", l.Line, l.Reason))
	}
	want := "1:|3:|4:related link|6:widget"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("TextLines verdicts = %s, want %s", g, want)
	}
}

// BenchmarkRepeats measures both halves of cross-article evidence over the
// RSS dump: counting an article's lines (Add) and cleaning it against the
// counts (TextWith), in articles per CPU-second.
func BenchmarkRepeats(b *testing.B) {
	rows := loadRSS(b)
	rep := NewRepeats()
	b.Run("Add", func(b *testing.B) {
		cpu0 := cpuTime()
		n := 0
		for b.Loop() {
			row := rows[n%len(rows)]
			rep.Add(row.outlet, row.url, row.body)
			n++
		}
		if cpu := cpuTime() - cpu0; cpu > 0 {
			b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
		}
	})
	for _, row := range rows {
		rep.Add(row.outlet, row.url, row.body)
	}
	b.Run("TextWith", func(b *testing.B) {
		cpu0 := cpuTime()
		n := 0
		for b.Loop() {
			row := rows[n%len(rows)]
			TextWith(row.body, Options{Repeats: rep, Outlet: row.outlet})
			n++
		}
		if cpu := cpuTime() - cpu0; cpu > 0 {
			b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
		}
	})
}

// TestLineKey checks that lineKey hashes the normalised line in lower
// case, however long it is and whatever runes it holds.
func TestLineKey(t *testing.T) {
	r := NewRepeats()
	long := strings.Repeat("Kata İstanbul ÀB ", 20)
	for _, line := range []string{"Baca Juga", "  Foto:  ANTARA ", long, long[:97] + "\xe2\x80" + long, "12345", "ΣΑΣ Ⱥ"} {
		got, ok := r.lineKey(line)
		t0 := normalizeSpace(line)
		want := maphash.String(r.seed, strings.ToLower(t0))
		if wantOK := t0 != "" && hasLetter(t0); ok != wantOK || ok && got != want {
			t.Errorf("lineKey(%q) = %x, %v, want %x, %v", line, got, ok, want, wantOK)
		}
	}
}
