package pipeline

import "testing"

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
