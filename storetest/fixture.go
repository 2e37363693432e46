package storetest

import (
	"fmt"
	"strings"
	"time"

	"github.com/warta-news/warta"
)

// sentences are the building blocks of generated bodies: plain Indonesian
// news prose, written for these tests.
var sentences = []string{
	"Pemerintah provinsi mengumumkan rencana perbaikan jalan yang rusak akibat banjir pekan lalu.",
	"Menurut kepala dinas pekerjaan umum, anggaran perbaikan sudah disetujui oleh dewan.",
	"Warga di tiga kecamatan mengeluhkan genangan air yang belum surut sejak Senin.",
	"Polisi menutup sebagian ruas jalan dan mengalihkan arus kendaraan ke jalur alternatif.",
	"Badan meteorologi memperkirakan hujan lebat masih akan turun hingga akhir bulan.",
	"Presiden meminta para menteri mempercepat penyaluran bantuan kepada korban.",
	"Juru bicara kementerian membantah tuduhan bahwa bantuan terlambat dikirimkan.",
	"Sejumlah sekolah meliburkan siswa karena ruang kelas terendam air setinggi lutut.",
	"Harga sayur di pasar tradisional naik karena pasokan dari daerah terdampak terganggu.",
	"Relawan mendirikan dapur umum di halaman masjid dan balai desa.",
	"Gubernur berjanji akan mengevaluasi sistem drainase kota setelah musim hujan berakhir.",
	"Pengamat tata kota menilai pembangunan perumahan di daerah resapan memperburuk banjir.",
}

// Article returns a realistic generated article, the same for the same n
// and different for different n: about 3 KB of body, 20 annotations
// (8 entities, 4 timexes, 4 quotes, 4 claims) and a word, "artikel<n>",
// found in no other article.
func Article(n int) *warta.Article {
	var body strings.Builder
	fmt.Fprintf(&body, "Jakarta – Laporan artikel%d. ", n)
	for i := 0; body.Len() < 3000; i++ {
		body.WriteString(sentences[(n+i*7)%len(sentences)])
		body.WriteString(" ")
	}
	text := strings.TrimSpace(body.String())
	span := func(i int) (int, int) {
		start := (i * 137) % (len(text) - 20)
		return start, start + 12
	}
	a := &warta.Article{
		ID:              fmt.Sprintf("artikel-%06d", n),
		Origin:          fmt.Sprintf("corpus/artikel-%06d.txt", n),
		Format:          "txt",
		Title:           fmt.Sprintf("Banjir merendam kota, laporan nomor %d", n),
		Language:        "id",
		Outlet:          []string{"Kompas", "Tempo", "Detik", "Antara"}[n%4],
		Author:          "Redaksi",
		Dateline:        "Jakarta",
		URL:             fmt.Sprintf("https://example.org/berita/%d", n),
		Published:       fmt.Sprintf("2024-10-%02d", n%28+1),
		PublishedSource: warta.SourceMetadata,
		Body:            text,
		ContentHash:     fmt.Sprintf("hash-%d", n),
		Stems:           strings.ToLower(strings.Join(strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '.' || r == ',' }), " ")),
		IngestedAt:      time.Date(2024, 10, 8, 13, 21, 0, n*1000, time.UTC),
	}
	names := []struct{ text, typ, canonical string }{
		{"Presiden", warta.EntityPerson, "Presiden Indonesia"},
		{"Jakarta", warta.EntityLoc, "Jakarta"},
		{"dewan", warta.EntityOrg, "DPRD"},
		{"Gubernur", warta.EntityPerson, "Gubernur DKI"},
	}
	for i := range 8 {
		e := names[(n+i)%len(names)]
		s, t := span(i)
		a.Entities = append(a.Entities, warta.Entity{Text: e.text, Type: e.typ, Canonical: e.canonical, Start: s, End: t})
	}
	for i := range 4 {
		s, t := span(8 + i)
		a.Timexes = append(a.Timexes, warta.Timex{Text: "Senin", Value: fmt.Sprintf("2024-10-%02d", i+1), Type: warta.TimexDate, Start: s, End: t})
	}
	for i := range 4 {
		s, t := span(12 + i)
		a.Quotes = append(a.Quotes, warta.Quote{Text: sentences[(n+i)%len(sentences)], Speaker: "Juru bicara", Cue: "kata", Kind: warta.QuoteIndirect, Start: s, End: t})
	}
	for i := range 4 {
		s, t := span(16 + i)
		a.Claims = append(a.Claims, warta.Claim{Holder: "Kementerian", Stance: warta.StanceDeny, Text: sentences[6], About: "bantuan", Start: s, End: t})
	}
	return a
}
