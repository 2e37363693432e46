package entity

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/warta-news/warta"
)

// show renders entities as "TYPE Text=Canonical" items for comparison.
func show(ents []warta.Entity) string {
	var parts []string
	for _, e := range ents {
		s := e.Type + " " + e.Text
		if e.Canonical != e.Text {
			s += "=" + e.Canonical
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, lang, body, want string
	}{
		{"title place person", "id",
			"Pemimpin Korea Utara Kim Jong Un bertemu Presiden Rusia Vladimir Putin di Vladivostok.",
			"LOC Korea Utara; PERSON Kim Jong Un; LOC Rusia; PERSON Vladimir Putin; LOC Vladivostok"},
		{"short forms merge", "id",
			"Presiden Rusia Vladimir Putin menerima Kim Jong Un. Kim mengatakan Putin adalah kawan.",
			"LOC Rusia; PERSON Vladimir Putin; PERSON Kim Jong Un; PERSON Kim=Kim Jong Un; PERSON Putin=Vladimir Putin"},
		{"acronym defined in brackets", "id",
			"Dewan itu melanggar sanksi Perserikatan Bangsa-Bangsa (PBB) dan Badan Energi Nusantara (BEN). Sanksi BEN berlaku.",
			"ORG Perserikatan Bangsa-Bangsa; ORG PBB=Perserikatan Bangsa-Bangsa; ORG Badan Energi Nusantara; ORG BEN=Badan Energi Nusantara; ORG BEN=Badan Energi Nusantara"},
		{"regional offices", "id",
			"Laporan itu diperiksa Inspektorat Kabupaten Sendangrejo dan Dinas Lingkungan Hidup, lalu diserahkan ke Kejari Sendangrejo.",
			"ORG Inspektorat Kabupaten Sendangrejo; ORG Dinas Lingkungan Hidup; ORG Kejari Sendangrejo"},
		{"alias table", "id",
			"Hubungan Korut dan AS memburuk, sementara DPRK mendekati Tiongkok.",
			"LOC Korut=Korea Utara; LOC AS=Amerika Serikat; LOC DPRK=Korea Utara; LOC Tiongkok=China"},
		{"sentence-initial function words", "id",
			"Namun Rusia menolak. Menurut Yonhap, Selain itu Seoul waspada.",
			"LOC Rusia; ORG Yonhap; LOC Seoul"},
		{"months and weekdays are not names", "id",
			"Pada Selasa (18/06/2024) dan September 2023, Blinken berada di Washington.",
			"PERSON Blinken=Antony Blinken; LOC Washington"},
		{"organisation cue words", "id",
			"Jeffrey Lewis, direktur Pusat Studi Nonproliferasi James Martin, berbicara di Kementerian Luar Negeri.",
			"PERSON Jeffrey Lewis; ORG Pusat Studi Nonproliferasi James Martin; ORG Kementerian Luar Negeri"},
		{"speech cue types a person", "id",
			"\"Ini bukti,\" kata Lami Kim, seorang profesor di Daniel K. Inouye Asia-Pacific Center for Security Studies.",
			"PERSON Lami Kim; ORG Daniel K. Inouye Asia-Pacific Center for Security Studies"},
		{"hyphenated compound of places", "id",
			"Hubungan Korut-Rusia dan Korea Utara-China membaik.",
			"LOC Korut=Korea Utara; LOC Rusia; LOC Korea Utara; LOC China"},
		{"common word opening a sentence", "id",
			"Presiden Vladimir Putin tiba. Kunjungan Putin berlangsung dua hari.",
			"PERSON Vladimir Putin; PERSON Putin=Vladimir Putin"},
		{"lone unknown sentence-initial word dropped", "id",
			"Foto tersebut diambil kemarin.",
			""},
		{"place cue", "id",
			"Ia terbang dari Sevastopol ke Kota Vladikavkaz.",
			"LOC Sevastopol; LOC Kota Vladikavkaz"},
		{"particles inside names", "en",
			"Saudi Crown Prince Mohammed bin Salman met Ursula von der Leyen in Brussels.",
			"LOC Saudi=Saudi Arabia; PERSON Mohammed bin Salman; PERSON Ursula von der Leyen; LOC Brussels"},
		{"english titles and agencies", "en",
			"Secretary of State Antony Blinken said on Tuesday that North Korea had sent arms, the Korean Central News Agency reported.",
			"PERSON Antony Blinken; LOC North Korea; ORG Korean Central News Agency=KCNA"},
		{"english canonical", "en",
			"The U.S. and the DPRK talked. The United States said no.",
			"LOC U.S.=United States; LOC DPRK=North Korea; LOC United States"},
		{"headline line keeps only known names", "id",
			"Kim Puji Hubungan Korut-Rusia Jelang Kunjungan Putin\nPemimpin Korea Utara Kim Jong Un memuji Presiden Vladimir Putin.",
			"PERSON Kim=Kim Jong Un; LOC Korut=Korea Utara; LOC Rusia; PERSON Putin=Vladimir Putin; LOC Korea Utara; PERSON Kim Jong Un; PERSON Vladimir Putin"},
		{"title ending with a full stop", "en",
			"Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.\n\nHillary Clinton was taken to an apartment in New York.",
			"PERSON Hillary Clinton; PERSON Hillary Clinton; LOC New York"},
		{"direction words extend a known place", "id",
			"Banjir melanda Sumatera Selatan dan Jakarta Pusat.",
			"LOC Sumatera Selatan; LOC Jakarta Pusat"},
		{"organisation inside a run", "id",
			"Ketua DPP Partai Demokrat hadir di Gedung DPR membawa Rp 5 juta.",
			"ORG DPP; ORG Partai Demokrat; LOC Gedung DPR"},
		{"korean names", "id",
			"Menurut anggota parlemen Kang Dae-sik, rudal itu diuji. Yang Uk, pakar militer, setuju.",
			"PERSON Kang Dae-sik; PERSON Yang Uk"},
		{"empty", "id", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := show(Extract(tt.body, tt.lang))
			if got != tt.want {
				t.Errorf("Extract(%q)\n got  %s\n want %s", tt.body, got, tt.want)
			}
		})
	}
}

// checkSpans reports entities whose offsets do not address their text.
func checkSpans(t testing.TB, body string, ents []warta.Entity) {
	t.Helper()
	for _, e := range ents {
		if e.Start < 0 || e.End > len(body) || e.Start >= e.End {
			t.Fatalf("entity %+v out of bounds for body of %d bytes", e, len(body))
		}
		// Rune boundaries are defined only for valid UTF-8; in invalid input
		// a stray continuation byte may follow a name.
		if utf8.ValidString(body) && (!utf8.RuneStart(body[e.Start]) || e.End < len(body) && !utf8.RuneStart(body[e.End])) {
			t.Fatalf("entity %+v splits a rune", e)
		}
		if body[e.Start:e.End] != e.Text {
			t.Fatalf("entity text %q, body has %q at %d:%d", e.Text, body[e.Start:e.End], e.Start, e.End)
		}
		if e.Canonical == "" || e.Type == "" {
			t.Fatalf("entity %+v lacks a type or canonical name", e)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Pemimpin Korea Utara Kim Jong Un (Korut) bertemu Putin.",
		"“Kami di pihak Rusia,” ujar Kim.",
		"U.S. Secretary of State Antony Blinken said.",
		"Korut-Rusia-- -A- al-Assad bin",
		"\xff\xfeK\xc3",
		"A. B. C. (D) [E]",
		"TRIBUNNEWS.COM, dikutip dari Liputan6.com. https://www.kompas.com/a redaksi@kompas.id .com a.co.id.",
		"kata Warta Pagi, melansir Reuters, kantor berita Antara melaporkan",
	} {
		f.Add(s, "id")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, body, lang string) {
		checkSpans(t, body, Extract(body, lang))
	})
}

func ExampleExtract() {
	body := "Presiden Rusia Vladimir Putin bertemu Kim Jong Un. Kim memuji Putin."
	for _, e := range Extract(body, "id") {
		fmt.Printf("%s %q -> %q\n", e.Type, e.Text, e.Canonical)
	}
	// Output:
	// LOC "Rusia" -> "Rusia"
	// PERSON "Vladimir Putin" -> "Vladimir Putin"
	// PERSON "Kim Jong Un" -> "Kim Jong Un"
	// PERSON "Kim" -> "Kim Jong Un"
	// PERSON "Putin" -> "Vladimir Putin"
}
