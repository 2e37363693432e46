package extract

import (
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestHTML(t *testing.T) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	r, err := HTML(string(page), "https://contoh.example/berita/banjir-bekasi?utm=x")
	if err != nil {
		t.Fatalf("HTML(page.html) error: %v", err)
	}
	fields := []struct{ name, got, want string }{
		{"Title", r.Title, "Banjir Rendam Tiga Kecamatan di Bekasi"},
		{"Author", r.Author, "Sari Wulandari"},
		{"Outlet", r.Outlet, "Warta Contoh"},
		{"Dateline", r.Dateline, "BEKASI"},
		{"URL", r.URL, "https://contoh.example/berita/banjir-bekasi"},
		{"Language", r.Language, "id"},
		{"Published", r.Published, "2025-06-19T08:15:00+07:00"},
	}
	for _, f := range fields {
		if f.got != f.want {
			t.Errorf("HTML(page.html).%s = %q, want %q", f.name, f.got, f.want)
		}
	}
	for _, want := range []string{
		"BEKASI, WARTACONTOH.COM - Banjir setinggi satu meter",
		"Badan Penanggulangan Bencana Daerah (BPBD) mencatat",
		`"Kami sudah mengerahkan perahu karet`,
		"Dinas Sosial menyiapkan dapur umum di dua lokasi pengungsian.",
		"tergolong ekstrem untuk bulan Juni.",
		"debit air diperkirakan masih naik hingga sore hari.",
	} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("HTML(page.html).Body lacks %q; body:\n%s", want, r.Body)
		}
	}
	for _, bad := range []string{"Beranda", "Olahraga", "Advertisement", "Baca juga", "Hujan Deras Diprediksi",
		"Berita Terkait", "Harga Cabai", "Pedoman Media Siber", "Hak cipta", "(ant)", "WhatsApp"} {
		if strings.Contains(r.Body, bad) {
			t.Errorf("HTML(page.html).Body holds boilerplate %q; body:\n%s", bad, r.Body)
		}
	}
	if n := strings.Count(r.Body, "\n") + 1; n != 6 {
		t.Errorf("HTML(page.html).Body has %d paragraphs, want 6; body:\n%s", n, r.Body)
	}
}

func TestHTMLErrors(t *testing.T) {
	tests := []struct {
		name, page string
		want       error
	}{
		{"empty", "", ErrNoContent},
		{"no text", "<html><body><nav><a href='/'>Home</a></nav></body></html>", ErrNoContent},
		{"too large", "<p>" + strings.Repeat("a", MaxPageBytes) + "</p>", ErrPageTooLarge},
	}
	for _, tt := range tests {
		_, err := HTML(tt.page, "")
		if !errors.Is(err, tt.want) {
			t.Errorf("HTML(%s) error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestHTMLContextDeadline(t *testing.T) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	if _, err := HTMLContext(ctx, string(page), ""); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("HTMLContext(expired ctx) error = %v, want %v", err, context.DeadlineExceeded)
	}
}

func FuzzHTML(f *testing.F) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(page))
	f.Add("<p>Jakarta - Satu paragraf saja.</p>")
	f.Add("<html><head><script type=application/ld+json>{\"datePublished\":[{}]}</script></head></html>")
	f.Add("<table><tr><td><p>x</td></p></table><br><br>")
	f.Fuzz(func(t *testing.T, page string) {
		r, err := HTML(page, "")
		if err != nil {
			return
		}
		if r.Body == "" {
			t.Errorf("HTML(%q) = empty body and no error", page)
		}
	})
}

func BenchmarkHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := HTML(string(page), ""); err != nil {
			b.Fatal(err)
		}
	}
}

// benchmarkPages are real news pages, outside the repository.
const benchmarkPages = "../../shared/data/article-extraction-benchmark/html"

// BenchmarkHTMLPages extracts real pages, one per iteration, and reports
// pages per second and how many the extractor refused.
func BenchmarkHTMLPages(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(benchmarkPages, "*.html.gz"))
	if len(paths) == 0 {
		b.Skipf("no pages in %s: the shared data is not next to this checkout", benchmarkPages)
	}
	var pages []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			b.Fatalf("read %s: %v", p, err)
		}
		page, err := io.ReadAll(z)
		f.Close()
		if err != nil {
			b.Fatalf("read %s: %v", p, err)
		}
		pages = append(pages, string(page))
	}
	failed, n := 0, 0
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := HTML(pages[n%len(pages)], ""); err != nil {
			failed++
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Milliseconds())/float64(n), "cpu-ms/page")
		b.ReportMetric(float64(n)/cpu.Seconds(), "pages/cpu-s")
	}
	b.ReportMetric(float64(failed)/float64(n), "failed/page")
}

func TestHTMLRaw(t *testing.T) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := HTMLRaw(string(page), "")
	if err != nil {
		t.Fatalf("HTMLRaw(page.html) error: %v", err)
	}
	clean, err := HTML(string(page), "")
	if err != nil {
		t.Fatalf("HTML(page.html) error: %v", err)
	}
	if len(raw.Removed) != 0 {
		t.Errorf("HTMLRaw(page.html).Removed = %q, want none", raw.Removed)
	}
	// The sign-off the cleaner cuts is still in the raw text.
	if !strings.Contains(raw.Body, "(ant)") {
		t.Errorf("HTMLRaw(page.html).Body lacks the sign-off %q; body:\n%s", "(ant)", raw.Body)
	}
	for line := range strings.SplitSeq(clean.Body, "\n") {
		if !strings.Contains(raw.Body, strings.TrimSuffix(line, ".")) {
			t.Errorf("HTMLRaw(page.html).Body lacks %q, which HTML kept", line)
		}
	}
}
