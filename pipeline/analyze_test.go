package pipeline

import (
	"testing"

	"github.com/warta-news/warta"
)

func TestLeadTitle(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Pyongyang – Pemimpin Korea Utara Kim Jong Un telah mengirimkan pesan. Kalimat kedua.", "Pemimpin Korea Utara Kim Jong Un telah mengirimkan pesan"},
		{"TRIBUNNEWS.COM, MOSKOW – Kim mengajak Putin ke Pyongyang.", "Kim mengajak Putin ke Pyongyang"},
		{"JAKARTA, 3 Oktober 2024 - Kementerian Sosial menyalurkan dana.", "Kementerian Sosial menyalurkan dana"},
		{"Kedua pemimpin juga akan membuat pernyataan pers - kata dia.", "Kedua pemimpin juga akan membuat pernyataan pers - kata dia"},
		{"Short lead.", "Short lead"},
		{"One two three four five six seven eight nine ten eleven twelve thirteen fourteen.", "One two three four five six seven eight nine ten eleven twelve …"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := leadTitle(tt.body); got != tt.want {
			t.Errorf("leadTitle(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}

func TestLanguageCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"id", "id"}, {"id-ID", "id"}, {"in", "id"}, {"Indonesian", "id"}, {"en_US", "en"},
		{"ENG", "en"}, {"malay", "ms"}, {"", ""}, {"und", ""}, {"fr", "fr"}, {"klingon-ish", ""},
	}
	for _, tt := range tests {
		if got := languageCode(tt.in); got != tt.want {
			t.Errorf("languageCode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLendDates(t *testing.T) {
	an := NewAnalyzer(nil)
	arts := []*warta.Article{
		{ID: "a", Language: "id", Body: "Kim berbicara pada hari Selasa.", PublishedSource: warta.SourceNone},
		{ID: "b", Language: "id", Body: "Pada Selasa (8/10/2024) Kim berbicara.", Published: "2024-10-08", PublishedSource: warta.SourceText},
		{ID: "c", Language: "id", Body: "Metadata says so.", Published: "2024-10-09", PublishedSource: warta.SourceMetadata},
		{ID: "d", Language: "id", Body: "Tanpa kelompok.", PublishedSource: warta.SourceNone},
	}
	groups := []warta.ReportGroup{{Kind: warta.GroupRewrite, Articles: []string{"a", "b", "c"}}}
	changed := an.lendDates(arts, groups)
	if len(changed) != 1 || changed[0].ID != "a" {
		t.Fatalf("lendDates changed %v, want only a", changed)
	}
	// Metadata outranks text, so a takes c's date.
	if a := arts[0]; a.Published != "2024-10-09" || a.PublishedSource != warta.SourceInferred {
		t.Errorf("a = %q (%s), want 2024-10-09 inferred", a.Published, a.PublishedSource)
	}
	if arts[1].Published != "2024-10-08" || arts[1].PublishedSource != warta.SourceText {
		t.Errorf("b's own date changed to %q (%s)", arts[1].Published, arts[1].PublishedSource)
	}
	if arts[3].PublishedSource != warta.SourceNone {
		t.Errorf("d, in no group, got a date: %q (%s)", arts[3].Published, arts[3].PublishedSource)
	}
	if again := an.lendDates(arts, groups); len(again) != 0 {
		t.Errorf("lendDates a second time changed %d articles, want 0", len(again))
	}
}
