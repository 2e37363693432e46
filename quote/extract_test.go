package quote

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/entity"
)

// show renders quotes as "kind|cue|speaker|text" lines.
func show(qs []warta.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "%s|%s|%s|%s\n", q.Kind, q.Cue, q.Speaker, q.Text)
	}
	return b.String()
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, lang, body, want string
	}{
		{"direct with cue and name after", "id",
			"“Ini bukti kekuatan hubungan kedua negara,” kata Lami Kim, seorang profesor.",
			"direct|kata|Lami Kim|Ini bukti kekuatan hubungan kedua negara\n"},
		{"pronoun cue resolves to the last speaker", "id",
			"“Ini bukti kekuatan hubungan kedua negara,” kata Lami Kim. “Sanksi akan melemah terhadap Korea Utara,” katanya.",
			"direct|kata|Lami Kim|Ini bukti kekuatan hubungan kedua negara\ndirect|katanya|Lami Kim|Sanksi akan melemah terhadap Korea Utara\n"},
		{"pronoun two sentences back, people inside quotes skipped", "id",
			"Presiden Joko Widodo tiba di Jakarta. Ia bertemu wartawan di istana. “Kami akan bekerja sama dengan Prabowo Subianto,” imbuhnya.",
			"direct|imbuhnya|Joko Widodo|Kami akan bekerja sama dengan Prabowo Subianto\n"},
		{"speech verb before the quote", "id",
			"Pemimpin Korea Utara Kim Jong Un mengatakan kedua negara adalah “rekan seperjuangan yang tak terkalahkan”.",
			"direct|mengatakan|Kim Jong Un|rekan seperjuangan yang tak terkalahkan\n"},
		{"cue with a descriptor before the organisation", "id",
			"“Pemimpin Korea Utara menekankan pentingnya persahabatan,” jelas laporan KCNA.",
			"direct|jelas|KCNA|Pemimpin Korea Utara menekankan pentingnya persahabatan\n"},
		{"cue further along the sentence", "id",
			"Ikatan mereka akan “semakin mengonsolidasikan tonggak sejarah” di era baru, tambah Kim Jong Un, menurut KCNA.",
			"direct|tambah|Kim Jong Un|semakin mengonsolidasikan tonggak sejarah\n"},
		{"unclosed quote with the cue inside", "id",
			"“Kami di pihak Rusia, kami yakin rakyat Rusia akan menang, ujar Kim Jong Un saat makan malam.",
			"direct|ujar|Kim Jong Un|Kami di pihak Rusia, kami yakin rakyat Rusia akan menang\n"},
		{"scare quotes are skipped", "id",
			"Kedua negara sepakat saling membantu jika terjadi “agresi” terhadap salah satu negara.",
			""},
		{"indirect with bahwa", "id",
			"Menteri Luar Negeri AS Antony Blinken mengatakan pada Selasa bahwa Rusia sedang mencoba memperkuat hubungan.",
			"indirect|mengatakan|Antony Blinken|Rusia sedang mencoba memperkuat hubungan\n"},
		{"indirect with a trailing cue", "id",
			"Rusia kemungkinan akan mengirim teknologi militer ke Korea Utara, kata Menteri Pertahanan Korea Selatan Shin Wonsik dalam wawancara.",
			"indirect|kata|Shin Wonsik|Rusia kemungkinan akan mengirim teknologi militer ke Korea Utara\n"},
		{"indirect with menurut", "id",
			"Menurut Yonhap, kunjungan itu dapat dilakukan minggu depan.",
			"indirect|menurut|Yonhap|kunjungan itu dapat dilakukan minggu depan\n"},
		{"appositive subject", "id",
			"Jeffrey Lewis, direktur Pusat Studi Nonproliferasi James Martin, sebelumnya mengatakan bahwa sanksi tidak efektif lagi.",
			"indirect|mengatakan|Jeffrey Lewis|sanksi tidak efektif lagi\n"},
		{"english name said", "en",
			"\"We will not back down from this fight,\" Blinken said on Tuesday.",
			"direct|said|Antony Blinken|We will not back down from this fight\n"},
		{"english said name", "en",
			"\"We will not back down from this fight,\" said Secretary of State Antony Blinken.",
			"direct|said|Antony Blinken|We will not back down from this fight\n"},
		{"english he said", "en",
			"Senator Bernie Sanders spoke in Ohio. \"The system is rigged against workers,\" he said.",
			"direct|said|Bernie Sanders|The system is rigged against workers\n"},
		{"english trailing source", "en",
			"The candidate was taken to an apartment instead of a hospital, sources said.",
			"indirect|said|sources|The candidate was taken to an apartment instead of a hospital\n"},
		{"english said that", "en",
			"The senator said that the bill would pass next week.",
			"indirect|said|The senator|the bill would pass next week\n"},
		{"english according to", "en",
			"According to the Korean Central News Agency, the launch was a success.",
			"indirect|according to|KCNA|the launch was a success\n"},
		{"colon on the line before", "en",
			"Trump said:\n\"We have a situation where our inner cities are a disaster.\"",
			"direct|said|Donald Trump|We have a situation where our inner cities are a disaster.\n"},
		{"english subject with an aside", "en",
			"Trump, speaking to a veterans group in Virginia, said he would order a review of computer defenses.",
			"indirect|said|Donald Trump|he would order a review of computer defenses\n"},
		{"english verb then a preposition is no content", "en",
			"DuVernay explained in an interview with the magazine.",
			""},
		{"quoted titles are not speech", "en",
			"She appeared on \"The Steve Harvey Morning Show\" last week.",
			""},
		{"wrong-way opening mark", "en",
			"Getty.\n\n”Mr. Trump embodies the lasting legacy of racism in this country.”",
			"direct|||Mr. Trump embodies the lasting legacy of racism in this country.\n"},
		{"empty", "id", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := show(Extract(tt.body, tt.lang, entity.Extract(tt.body, tt.lang)))
			if got != tt.want {
				t.Errorf("Extract(%q)\n got:\n%s want:\n%s", tt.body, got, tt.want)
			}
		})
	}
}

// checkQuotes reports quotes whose offsets do not address their text.
func checkQuotes(t testing.TB, body string, qs []warta.Quote) {
	t.Helper()
	for _, q := range qs {
		if q.Start < 0 || q.End > len(body) || q.Start > q.End {
			t.Fatalf("quote %+v out of bounds for body of %d bytes", q, len(body))
		}
		if utf8.ValidString(body) && (q.Start < len(body) && !utf8.RuneStart(body[q.Start]) || q.End < len(body) && !utf8.RuneStart(body[q.End])) {
			t.Fatalf("quote %+v splits a rune", q)
		}
		if body[q.Start:q.End] != q.Text {
			t.Fatalf("quote text %q, body has %q", q.Text, body[q.Start:q.End])
		}
		if q.Kind != warta.QuoteDirect && q.Kind != warta.QuoteIndirect {
			t.Fatalf("quote %+v has kind %q", q, q.Kind)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“Kami di pihak Rusia,” ujar Kim.",
		"“unclosed, kata Kim",
		"\"a\" \"b\" \"c",
		"«x» „y“ ”z“ “",
		"Menurut X, y z w. Kim mengatakan bahwa",
		"He said:\n\"Hi there friend\"",
		"\xff“\xfe”,",
	} {
		f.Add(s, "id")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, body, lang string) {
		ents := entity.Extract(body, lang)
		checkQuotes(t, body, Extract(body, lang, ents))
		// Entities that do not fit the body must not crash Extract.
		bad := []warta.Entity{{Text: "x", Type: warta.EntityPerson, Canonical: "x", Start: -3, End: len(body) + 5}, {Start: 2, End: 1}}
		checkQuotes(t, body, Extract(body, lang, bad))
	})
}
