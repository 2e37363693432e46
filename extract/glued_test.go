package extract

import (
	"strconv"
	"strings"
	"testing"
)

func TestRepairGlued(t *testing.T) {
	tests := []struct{ in, want string }{
		{"DiSinetron Luka Cintaepisode", "Di Sinetron Luka Cinta episode"},
		{"transaksiLiverpooldenganBayer Leverkusen", "transaksi Liverpool dengan Bayer Leverkusen"},
		{"SetelahJeremie FrimpongdanFlorian Wirtz", "Setelah Jeremie Frimpong dan Florian Wirtz"},
		{"memintaRB Leipzigmenurunkan harga", "meminta RB Leipzig menurunkan harga"},
		{"memasukkanQRISdanGPNdalamdaftar", "memasukkan QRIS dan GPN dalam daftar"},
		{"di pasaronline", "di pasar online"},
		{"kondisikesehatan mentalyang", "kondisi kesehatan mental yang"},
		{"aksesori-aksesoriyang", "aksesori-aksesori yang"},
		{"Liputan6.com, JakartaKementerian", "Liputan6.com, Jakarta Kementerian"},
		{"diTesso Nilo", "di Tesso Nilo"},
		// Left alone: listed words, brands, names, affixed words, hashtags.
		{"YouTube WhatsApp iPhone detikNews PlayStation TikTok VinFast HarmonyOS", "YouTube WhatsApp iPhone detikNews PlayStation TikTok VinFast HarmonyOS"},
		{"keberlanjutannya mempertanggungjawabkan direkayasa", "keberlanjutannya mempertanggungjawabkan direkayasa"},
		{"Desa Sumberagung, tongkang, TRIBUNNEWS.COM", "Desa Sumberagung, tongkang, TRIBUNNEWS.COM"},
		{"Fabio Di Giannantonio", "Fabio Di Giannantonio"},
		{"PricewaterhouseCoopers", "PricewaterhouseCoopers"},
		{"#BelanjaAman @KotaBandung", "#BelanjaAman @KotaBandung"},
		{"Harga naik 5%.", "Harga naik 5%."},
		{"", ""},
	}
	for _, tt := range tests {
		got := RepairGlued(tt.in)
		if got != tt.want {
			t.Errorf("RepairGlued(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := RepairGlued(got); again != got {
			t.Errorf("RepairGlued(%q) = %q, not idempotent", got, again)
		}
	}
}

func TestTextRepairsGluedWords(t *testing.T) {
	in := "Liputan6.com, Jakarta -Harga kripto hari iniseperti stablecoin naik ke pasaronline dan jadi sorotan."
	r := Text(in)
	if !strings.Contains(r.Body, "pasar online") {
		t.Errorf("Text(%q).Body = %q, want the glued words split", in, r.Body)
	}
	if again := Text(r.Body); again.Body != r.Body {
		t.Errorf("Text is not idempotent after repair: %q, then %q", r.Body, again.Body)
	}
}

func TestTextRepairsIndonesianOnly(t *testing.T) {
	in := "BlackRock and SeaWorld said the deal would close next week, the companies said in a statement on Monday."
	if r := Text(in); r.Body != in {
		t.Errorf("Text(%q).Body = %q: English text was repaired", in, r.Body)
	}
}

func FuzzRepairGlued(f *testing.F) {
	for _, s := range []string{"DiSinetron Luka Cintaepisode", "QRISdanGPNdalamdaftar", "#BelanjaAman", "Ünïcödé ÀbcDéf", "a\u0301bcDef"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := RepairGlued(s)
		if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(s, " ", "") {
			t.Fatalf("RepairGlued(%q) = %q: changed more than spaces", s, got)
		}
		if again := RepairGlued(got); again != got {
			t.Fatalf("RepairGlued(%q) = %q, then %q", s, got, again)
		}
	})
}

// TestWordTable checks the word table against a map of the same counts,
// for every word in it and for words that are not.
func TestWordTable(t *testing.T) {
	counts := map[string]int{}
	for i := range 5000 {
		counts["kata"+strconv.Itoa(i*7)] = i + 1
	}
	tab := newWordTable(counts)
	for w, c := range counts {
		if got := tab.freq(w); got != c {
			t.Errorf("freq(%q) = %d, want %d", w, got, c)
		}
	}
	for _, w := range []string{"", "kata", "kata1", "kata70000", "ata7", "kata7 "} {
		if got := tab.freq(w); got != counts[w] {
			t.Errorf("freq(%q) = %d, want %d", w, got, counts[w])
		}
	}
	if wordFreq("yang") == 0 || wordFreq("qqqqzz") != 0 {
		t.Errorf("wordFreq(yang) = %d, wordFreq(qqqqzz) = %d, want > 0 and 0", wordFreq("yang"), wordFreq("qqqqzz"))
	}
}

func BenchmarkRepairGlued(b *testing.B) {
	line := "Pemerintah provinsi menyampaikan bahwa pembangunanjalan tol DiSinetron Luka Cintaepisode berlanjut hingga akhir tahun, kata Frimpongdan pejabat setempat yang berwenang menangani pelaksanaannya."
	RepairGlued(line)
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		RepairGlued(line)
	}
}
