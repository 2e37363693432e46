package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/warta-news/warta"
)

// lead is a content paragraph that no rule should touch.
const lead = "Presiden menghadiri rapat kabinet di Istana Merdeka pada Senin (16/6/2025) untuk membahas anggaran."

// second is another content paragraph.
const second = "The minister told reporters on Tuesday that the budget would be revised before the end of the year."

// q is a question an interview puts to every guest.
const q = "Masakan apa yang paling Anda sukai dan mengapa Anda memilihnya?"

// rm is a removed line, for the tables below.
func rm(text, reason string) warta.RemovedLine {
	return warta.RemovedLine{Text: text, Reason: reason}
}

func TestTextBoilerplate(t *testing.T) {
	tests := []struct {
		name, in    string
		wantBody    string
		wantRemoved []warta.RemovedLine
	}{
		{"nav id", "Tautan-tautan Akses\n" + lead, lead, []warta.RemovedLine{rm("Tautan-tautan Akses", ReasonNav)}},
		{"nav en", "Skip to main content\n" + second, second, []warta.RemovedLine{rm("Skip to main content", ReasonNav)}},
		{"widgets at the end", lead + "\nForum\nRecommended\nXS\nSM\nMD\nLG", lead, []warta.RemovedLine{
			rm("Forum", ReasonNav), rm("Recommended", ReasonNav), rm("XS", ReasonWidget), rm("SM", ReasonWidget),
			rm("MD", ReasonWidget), rm("LG", ReasonWidget)}},
		{"advertisement id", lead + "\nAdvertisement\n" + second, lead + "\n" + second, []warta.RemovedLine{rm("Advertisement", ReasonWidget)}},
		{"advertisement en", lead + "\nADVERTISEMENT\n" + second, lead + "\n" + second, []warta.RemovedLine{rm("ADVERTISEMENT", ReasonWidget)}},
		{"scroll", lead + "\nSCROLL TO CONTINUE WITH CONTENT\n" + second, lead + "\n" + second, []warta.RemovedLine{rm("SCROLL TO CONTINUE WITH CONTENT", ReasonWidget)}},
		{"share words", lead + "\nShare\nBagikan\nWhatsApp", lead, []warta.RemovedLine{
			rm("Share", ReasonWidget), rm("Bagikan", ReasonWidget), rm("WhatsApp", ReasonWidget)}},
		{"no more pages", lead + "\n\nNo more pages", lead, []warta.RemovedLine{rm("No more pages", ReasonNav)}},
		{"baca juga alone", lead + "\nBaca Juga\n" + second, lead + "\n" + second, []warta.RemovedLine{rm("Baca Juga", ReasonRelated)}},
		{"baca juga link", lead + "\nBaca juga: Harga Emas Turun Lagi Hari Ini\n" + second, lead + "\n" + second,
			[]warta.RemovedLine{rm("Baca juga: Harga Emas Turun Lagi Hari Ini", ReasonRelated)}},
		{"baca juga glued colon", lead + "\nBaca juga:Harga Emas Turun Lagi", lead, []warta.RemovedLine{rm("Baca juga:Harga Emas Turun Lagi", ReasonRelated)}},
		{"read also", second + "\nRead also: Markets rally after rate cut", second, []warta.RemovedLine{rm("Read also: Markets rally after rate cut", ReasonRelated)}},
		{"simak juga", lead + "\nSimak juga Video 'Banjir di Bekasi':\n[Gambas:Video 20detik]", lead, []warta.RemovedLine{
			rm("Simak juga Video 'Banjir di Bekasi':", ReasonRelated), rm("[Gambas:Video 20detik]", ReasonEmbed)}},
		{"sign-off line", lead + "\n(ssst)", lead, []warta.RemovedLine{rm("(ssst)", ReasonSignOff)}},
		{"sign-off star", lead + "\n(*)", lead, []warta.RemovedLine{rm("(*)", ReasonSignOff)}},
		{"sign-off red", lead + "\n(red)", lead, []warta.RemovedLine{rm("(red)", ReasonSignOff)}},
		{"sign-off tail brackets", lead + " [ab/uh]", lead, []warta.RemovedLine{rm("[ab/uh]", ReasonSignOff)}},
		{"sign-off tail parens", lead + " (ant)", lead, []warta.RemovedLine{rm("(ant)", ReasonSignOff)}},
		{"sign-off glued tail", "Harga naik lagi.(bbn)", "Harga naik lagi.", []warta.RemovedLine{rm("(bbn)", ReasonSignOff)}},
		{"editor name at the end", lead + "\n(Kemas Irawan Nurrachman)", lead, []warta.RemovedLine{rm("(Kemas Irawan Nurrachman)", ReasonSignOff)}},
		{"acronym in text kept", "Dana itu dikelola Perserikatan Bangsa-Bangsa (PBB)", "Dana itu dikelola Perserikatan Bangsa-Bangsa (PBB)", nil},
		{"parenthesis mid-text kept", "(Foto: Reuters)\n" + lead, "(Foto: Reuters)\n" + lead, nil},
		{"byline penulis", lead + "\nPenulis: Arby Salim", lead, []warta.RemovedLine{rm("Penulis: Arby Salim", ReasonByline)}},
		{"byline editor", lead + "\nEditor: Yuniman Farid", lead, []warta.RemovedLine{rm("Editor: Yuniman Farid", ReasonByline)}},
		{"byline kompas", lead + "\n(Penulis: Arif Ferdianto | Editor: Erlangga Djumena)", lead,
			[]warta.RemovedLine{rm("(Penulis: Arif Ferdianto | Editor: Erlangga Djumena)", ReasonByline)}},
		{"byline en", "By Jane Smith\n" + second, second, []warta.RemovedLine{rm("By Jane Smith", ReasonByline)}},
		{"by sentence kept", "By the end of the year the plan had failed.", "By the end of the year the plan had failed.", nil},
		{"masthead", "HARIAN TIMUR — Suara dari Timur Nusantara\nHarga Beras Naik Lagi di Pasar Induk\n\n" + lead, lead,
			[]warta.RemovedLine{rm("HARIAN TIMUR — Suara dari Timur Nusantara", ReasonMasthead)}},
		{"masthead shape over the lead kept", "JAKARTA | Harga beras naik lagi\n" + lead, "JAKARTA | Harga beras naik lagi\n" + lead, nil},
		{"byline report comma", "Laporan Wartawan Harian Timur, Rudi Hartanto\n" + lead, lead,
			[]warta.RemovedLine{rm("Laporan Wartawan Harian Timur, Rudi Hartanto", ReasonByline)}},
		{"logo", "Logo Bloomberg Technoz\n\n" + lead, lead, []warta.RemovedLine{rm("Logo Bloomberg Technoz", ReasonLogo)}},
		{"caption twice", "Foto: Warga mengungsi ke masjid.\nFoto: Warga mengungsi ke masjid.\n" + lead,
			"Foto: Warga mengungsi ke masjid.\n" + lead, []warta.RemovedLine{rm("Foto: Warga mengungsi ke masjid.", ReasonCaption)}},
		{"article read twice", lead + "\n" + second + "\n" + lead + "\n" + second, lead + "\n" + second,
			[]warta.RemovedLine{rm(lead, ReasonDuplicate), rm(second, ReasonDuplicate)}},
		{"table cells repeat", "Wins\n0\n0\n1\n" + lead, "Wins\n0\n0\n1\n" + lead, nil},
		{"lone repeated question kept", q + "\nSaya suka masakan rumah.\n" + q + "\nSaya suka masakan pedas.",
			q + "\nSaya suka masakan rumah.\n" + q + "\nSaya suka masakan pedas.", nil},
		{"repeated run of three", lead + "\n" + second + "\n" + q + "\nPenutup.\n" + lead + "\n" + second + "\n" + q + "\nAkhir.",
			lead + "\n" + second + "\n" + q + "\nPenutup.\nAkhir.",
			[]warta.RemovedLine{rm(lead, ReasonDuplicate), rm(second, ReasonDuplicate), rm(q, ReasonDuplicate)}},
		{"source credit in capitals kept", lead + "\n[CNET]\n" + second, lead + "\n[CNET]\n" + second, nil},
		{"sign-off in capitals at the end", lead + "\n(RZK)", lead, []warta.RemovedLine{rm("(RZK)", ReasonSignOff)}},
		{"short repeats kept", "1. Jakarta\n2. Bandung\nJakarta\nJakarta Selatan\nJakarta", "1. Jakarta\n2. Bandung\nJakarta\nJakarta Selatan\nJakarta", nil},
		{"glued copy", lead + " " + second + "\n" + lead + "\n" + second, lead + "\n" + second,
			[]warta.RemovedLine{rm(lead+" "+second, ReasonGlued)}},
		{"glued link in paragraph", "Harga emas turun.Baca JugaRupiah Menguat Tipis di Akhir PekanPedagang mengeluhkan sepi pembeli.",
			"Harga emas turun. Pedagang mengeluhkan sepi pembeli.",
			[]warta.RemovedLine{rm("Baca JugaRupiah Menguat Tipis di Akhir Pekan", ReasonRelated)}},
		{"separator", lead + "\n***\n" + second, lead + "\n" + second, []warta.RemovedLine{rm("***", ReasonSeparator)}},
		{"syndication", lead + "\nArtikel ini telah tayang di detikJabar.", lead, []warta.RemovedLine{rm("Artikel ini telah tayang di detikJabar.", ReasonSyndication)}},
		{"stray period", "Sanksi Amerika Serikat (AS). .", "Sanksi Amerika Serikat (AS).", nil},
		{"stray period after word", "Sanksi dicabut .", "Sanksi dicabut.", nil},
		{"blank lines collapsed", lead + "\n\n\n   \n" + second + "   ", lead + "\n" + second, nil},
		{"spaces collapsed", "Harga  naik\u00a0lagi.\r\n", "Harga naik lagi.", nil},
		{"related link in brackets", lead + "\n(Baca Juga: Harga Emas Turun Lagi)\n" + second, lead + "\n" + second,
			[]warta.RemovedLine{rm("(Baca Juga: Harga Emas Turun Lagi)", ReasonRelated)}},
		{"editor's pick", lead + "\nPilihan editor:Apa Dampak Perang terhadap Ekonomi", lead,
			[]warta.RemovedLine{rm("Pilihan editor:Apa Dampak Perang terhadap Ekonomi", ReasonRelated)}},
		{"kicker link", lead + "\nPIALA AFF: Kapan Piala AFF 2016 Digelar?\n" + second, lead + "\n" + second,
			[]warta.RemovedLine{rm("PIALA AFF: Kapan Piala AFF 2016 Digelar?", ReasonRelated)}},
		{"kicker sentence kept", lead + "\nKPK: tersangka akan dipanggil pekan depan.", lead + "\nKPK: tersangka akan dipanggil pekan depan.", nil},
		{"photo credit caption", lead + "\nKOMPAS.com/RARINDRAXPeng X9\nDOK. PT ABC TBKGedung kantor PT ABC.\nTokopedia/kompas.comVario 110 bekas.\n" + second,
			lead + "\n" + second, []warta.RemovedLine{rm("KOMPAS.com/RARINDRAXPeng X9", ReasonPhoto),
				rm("DOK. PT ABC TBKGedung kantor PT ABC.", ReasonPhoto), rm("Tokopedia/kompas.comVario 110 bekas.", ReasonPhoto)}},
		{"tokenised link and credit lines", lead + "\nSIMAK JUGA : Arema Datangkan Pemain Baru\n[ Baca juga : Harga Emas Turun ]\nPenulis : Dwi Widijatmiko\n" + second + "\nSumber berita Phandroid .",
			lead + "\n" + second, []warta.RemovedLine{rm("SIMAK JUGA : Arema Datangkan Pemain Baru", ReasonRelated),
				rm("[ Baca juga : Harga Emas Turun ]", ReasonRelated), rm("Penulis : Dwi Widijatmiko", ReasonByline),
				rm("Sumber berita Phandroid.", ReasonByline)}},
		{"section label", "GAYA HIDUP\n" + lead, lead, []warta.RemovedLine{rm("GAYA HIDUP", ReasonKicker)}},
		{"short caps line over a short line kept", "JAKARTA\nHujan turun.", "JAKARTA\nHujan turun.", nil},
		{"quote kept", "\u201cKami sudah siap,\u201d kata Menteri.", "\u201cKami sudah siap,\u201d kata Menteri.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Text(tt.in)
			if r.Body != tt.wantBody {
				t.Errorf("Text(%q).Body = %q, want %q", tt.in, r.Body, tt.wantBody)
			}
			if !reflect.DeepEqual(r.Removed, tt.wantRemoved) {
				t.Errorf("Text(%q).Removed = %q, want %q", tt.in, r.Removed, tt.wantRemoved)
			}
		})
	}
}

func TestTextMetadata(t *testing.T) {
	tests := []struct {
		name, in                                 string
		title, outlet, author, dateline, pubdate string
		firstLine                                string // the body's first line, when it is repaired
	}{
		{name: "tribun", in: "Laporan Wartawan Tribunnews.com Namira Yunia Lestanti\nTRIBUNNEWS.COM, MOSKOW – Usai kunjungan, Kim mengundang Putin.",
			outlet: "Tribunnews.com", author: "Namira Yunia Lestanti", dateline: "MOSKOW"},
		{name: "liputan6", in: "Liputan6.com, Jakarta - Harga emas turun pada Senin.",
			outlet: "Liputan6.com", dateline: "Jakarta"},
		{name: "liputan6 glued", in: "Liputan6.com, JakartaKita semua mengalami pasang surut di tempat kerja.",
			outlet: "Liputan6.com", dateline: "Jakarta", firstLine: "Liputan6.com, Jakarta - Kita semua mengalami pasang surut di tempat kerja."},
		{name: "liputan6 no space", in: "Liputan6.com, Jakarta -Harga Bitcoin melemah.",
			outlet: "Liputan6.com", dateline: "Jakarta", firstLine: "Liputan6.com, Jakarta - Harga Bitcoin melemah."},
		{name: "kompas", in: "JAKARTA, KOMPAS.com - Polisi menangkap dua tersangka.",
			outlet: "Kompas.com", dateline: "JAKARTA"},
		{name: "kompas no place", in: "KOMPAS.com - Danantara akan mereformasi BUMN.", outlet: "Kompas.com"},
		{name: "republika", in: "REPUBLIKA.CO.ID, JAKARTA -- Harga emas turun.", outlet: "Republika.co.id", dateline: "JAKARTA"},
		{name: "tempo", in: "TEMPO.CO, Jakarta - PLN menunjuk komisaris baru.", outlet: "Tempo.co", dateline: "Jakarta"},
		{name: "bare place", in: "Pyongyang – Pemimpin Korea Utara Kim Jong Un mengirim pesan.", dateline: "Pyongyang"},
		{name: "reuters", in: "CIANJUR, Indonesia, Nov 22 (Reuters) - Rescuers searched for survivors on Tuesday.",
			outlet: "Reuters", dateline: "CIANJUR"},
		{name: "logo", in: "Logo Bloomberg Technoz\n\nKedua pemimpin akan membuat pernyataan pers.", outlet: "Bloomberg Technoz"},
		{name: "headline", in: "Tautan-tautan Akses\n\nKim Puji Hubungan Korut-Rusia Jelang Kunjungan Putin\n\n" + lead,
			title: "Kim Puji Hubungan Korut-Rusia Jelang Kunjungan Putin"},
		{name: "headline en with date line", in: "Flood Forces Thousands From Homes in West Java\nWednesday, 19 June 2025 10:15 WIB\n" + second,
			title: "Flood Forces Thousands From Homes in West Java", pubdate: "Wednesday, 19 June 2025 10:15 WIB"},
		{name: "lead is not promoted", in: lead + "\n" + second},
		{name: "lead without period is not promoted", in: "Desainer sekaligus presenter Ivan Gunawan membagikan pengalaman setelah menunaikan ibadah haji\n" + lead},
		{name: "two short lines: no title", in: "Jadwal Imsakiyah Kota Serang Hari Ini\nIMSAK 04:28 SUBUH\n" + lead},
		// Mastheads: the outlet's name in capitals, a separator, a slogan.
		{name: "masthead pipe", in: "WARTA PAGI | Berita Pilihan Hari Ini\nHarga Beras Naik Lagi di Pasar Induk\n\n" + lead,
			title: "Harga Beras Naik Lagi di Pasar Induk", outlet: "Warta Pagi"},
		{name: "masthead dash then dateline", in: "SUARA KOTA — Jernih Mengabarkan\nBanjir Rendam Tiga Kecamatan\n\nBEKASI – Banjir merendam tiga kecamatan pada Senin.",
			title: "Banjir Rendam Tiga Kecamatan", outlet: "Suara Kota", dateline: "BEKASI"},
		{name: "masthead middle dot", in: "KORAN SENJA · Dari Kota untuk Kota\nWali Kota Resmikan Taman Baru\n" + lead,
			title: "Wali Kota Resmikan Taman Baru", outlet: "Koran Senja"},
		{name: "acronym headline is no masthead", in: "KPK: Tersangka Dipanggil Pekan Depan\n" + lead,
			title: "KPK: Tersangka Dipanggil Pekan Depan"},
		// Bylines with the outlet in words and a comma.
		{name: "byline report comma", in: "Laporan Wartawan Harian Timur, Rudi Hartanto\nHARIANTIMUR, SENDANGREJO – Gunung itu masih bergejolak.",
			outlet: "Harian Timur", author: "Rudi Hartanto", dateline: "SENDANGREJO"},
		{name: "byline report comma lower outlet", in: "Laporan Reporter Suara Kota, Dewi Lestari\n" + lead,
			outlet: "Suara Kota", author: "Dewi Lestari"},
		// Sentence-case headlines, set off by an empty line or over a dateline.
		{name: "sentence headline blank", in: "Floods force thousands from their homes in Java\n\n" + second,
			title: "Floods force thousands from their homes in Java"},
		{name: "sentence headline over dateline", in: "Port opens after a decade of delays\nBALIKPAPAN, East Kalimantan — The port opened on Monday.",
			title: "Port opens after a decade of delays", dateline: "BALIKPAPAN"},
		{name: "sentence headline with date line", in: "Trails reopen as evacuees head home\nMonday, March 3, 2025\n\n" + second,
			title: "Trails reopen as evacuees head home", pubdate: "Monday, March 3, 2025"},
		{name: "sentence line without blank is lead", in: "Harga beras naik lagi di pasar induk\n" + lead},
		{name: "sentence headline over a second headline", in: "Floods force thousands from homes\n\nRescue Teams Reach Cut Off Villages\n" + second},
		{name: "caption is no headline", in: "Warga mengungsi ke balai desa, Rabu (11/9/2024). (Foto: Dimas)\n" + lead},
		// Datelines with the outlet after the place, or glued into one word.
		{name: "place then glued outlet", in: "SENDANGREJO, KABARNUSANTARA — Gunung meletus pada Selasa.",
			outlet: "Kabarnusantara", dateline: "SENDANGREJO"},
		{name: "two-word place then glued outlet", in: "PASER HILIR, KABARNUSANTARA — Tender dibuka pada Rabu.",
			outlet: "Kabarnusantara", dateline: "PASER HILIR"},
		{name: "glued outlet matched to masthead", in: "KABAR NUSANTARA | Kabar dari Seluruh Negeri\nTender Pelabuhan Dibuka\n\nPASER HILIR, KABARNUSANTARA — Tender dibuka pada Rabu.",
			title: "Tender Pelabuhan Dibuka", outlet: "Kabar Nusantara", dateline: "PASER HILIR"},
		{name: "glued outlet first matched to byline", in: "Laporan Wartawan Harian Timur, Rudi Hartanto\nHARIANTIMUR, SENDANGREJO – Gunung itu masih bergejolak.",
			outlet: "Harian Timur", author: "Rudi Hartanto", dateline: "SENDANGREJO"},
		{name: "place then region", in: "SENDANGREJO, East Java — More than 12,000 people remain in shelters.", dateline: "SENDANGREJO"},
		{name: "place then country", in: "JAKARTA, INDONESIA — The rupiah fell on Monday.", dateline: "JAKARTA"},
		{name: "place then date", in: "JAKARTA, 3 Oktober 2024 - Kementerian menyalurkan dana.", dateline: "JAKARTA"},
		{name: "two-word caps place", in: "SUNGAI BARA – Perusahaan membantah tuduhan nelayan.", dateline: "SUNGAI BARA"},
		{name: "caps place after caption", in: "Warga mengungsi ke balai desa, Rabu (11/9/2024). (Foto: Dimas)\nSENDANGREJO — Warga mengungsi setelah gunung meletus.", dateline: "SENDANGREJO"},
		{name: "headline followed by byline", in: "Harga Emas Antam Turun Rp 7.000 per Gram\nPenulis: Friska Yolandha\n" + lead,
			title: "Harga Emas Antam Turun Rp 7.000 per Gram", author: "Friska Yolandha"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Text(tt.in)
			fields := []struct{ field, got, want string }{
				{"Title", r.Title, tt.title},
				{"Outlet", r.Outlet, tt.outlet},
				{"Author", r.Author, tt.author},
				{"Dateline", r.Dateline, tt.dateline},
				{"Published", r.Published, tt.pubdate},
			}
			for _, f := range fields {
				if f.got != f.want {
					t.Errorf("Text(%q).%s = %q, want %q", tt.in, f.field, f.got, f.want)
				}
			}
			if tt.firstLine != "" {
				if got, _, _ := strings.Cut(r.Body, "\n"); got != tt.firstLine {
					t.Errorf("Text(%q) first body line = %q, want %q", tt.in, got, tt.firstLine)
				}
			}
			if r.Title != "" && strings.Contains(r.Body, r.Title) {
				t.Errorf("Text(%q).Body still holds the title %q", tt.in, r.Title)
			}
		})
	}
}

func TestOutletName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"TRIBUNNEWS.COM", "Tribunnews.com"},
		{"KOMPAS.com", "Kompas.com"},
		{"Liputan6.com", "Liputan6.com"},
		{"REPUBLIKA.CO.ID", "Republika.co.id"},
		{"Reuters", "Reuters"},
		{"ANTARA", "Antara"},
		{"AFP", "AFP"},
		{"Bloomberg Technoz", "Bloomberg Technoz"},
		{"detikNews", "detikNews"},
	}
	for _, tt := range tests {
		if got := outletName(tt.in); got != tt.want {
			t.Errorf("outletName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDocument(t *testing.T) {
	doc := warta.Document{
		ID: "a1", Format: "txt",
		Text:   "Laporan Wartawan Tribunnews.com Namira Yunia Lestanti\nTRIBUNNEWS.COM, MOSKOW – Kim mengundang Putin ke Pyongyang.",
		Author: "Redaksi", URL: "https://example.org/a1",
	}
	r, err := Document(doc)
	if err != nil {
		t.Fatalf("Document(%s) error: %v", doc.ID, err)
	}
	fields := []struct{ field, got, want string }{
		{"Author", r.Author, "Redaksi"},          // metadata on the document wins
		{"Outlet", r.Outlet, "Tribunnews.com"},   // an empty field is filled from the text
		{"Dateline", r.Dateline, "MOSKOW"},       // only the text knows it
		{"URL", r.URL, "https://example.org/a1"}, // passed through
	}
	for _, f := range fields {
		if f.got != f.want {
			t.Errorf("Document(%s).%s = %q, want %q", doc.ID, f.field, f.got, f.want)
		}
	}

	for _, bad := range []warta.Document{
		{ID: "empty"},
		{ID: "blank", Text: " \n\t\n"},
		{ID: "boilerplate", Text: "Advertisement\nBaca Juga\nShare"},
		{ID: "nav page", HTML: "<html><body><nav>Home</nav></body></html>"},
	} {
		_, err := Document(bad)
		if err == nil || warta.ErrorKind(err) != warta.ErrInvalid || !strings.Contains(err.Error(), bad.ID) {
			t.Errorf("Document(%s) error = %v, want an %q error naming the document", bad.ID, err, warta.ErrInvalid)
		}
	}
}

func FuzzText(f *testing.F) {
	f.Add("Tautan-tautan Akses\n\nJudul Berita Yang Cukup Panjang\n\n" + lead + "\n(ssst)")
	f.Add("Liputan6.com, JakartaKita semua.\nBaca Juga\nAdvertisement")
	f.Add("Harga emas turun.Baca JugaRupiah Menguat Tipis di Akhir PekanPedagang mengeluhkan sepi pembeli.")
	f.Add("A B C\nA B C D E F G H I J K L.\n(Nama Editor)\n[x/y]")
	f.Add("Sanksi (AS). . .\n\u00a0\r\n\u200b")
	f.Add("WARTA PAGI | Berita Pilihan\nJudul Berita Yang Panjang\n\nFoto warga. (Foto: A)\nSENDANGREJO — Isi berita.")
	f.Add("Short headline in sentence case\n\nAnother Title Case Line Here\nBody text ends here.")
	f.Add("Laporan Wartawan Harian Timur, Rudi\nHARIANTIMUR, SENDANGREJO – Isi.")
	f.Add("DiSinetron Luka Cintaepisode yang tayang di pasaronline dan dengan kondisikesehatan mentalyang baik.")
	f.Fuzz(func(t *testing.T, s string) {
		r := Text(s)
		again := Text(r.Body)
		if again.Body != r.Body {
			t.Errorf("Text(%q).Body = %q, but Text of that = %q", s, r.Body, again.Body)
		}
		if strings.Contains(r.Body, "\n\n") || strings.HasPrefix(r.Body, "\n") || strings.HasSuffix(r.Body, "\n") {
			t.Errorf("Text(%q).Body = %q has an empty line", s, r.Body)
		}
	})
}

func TestCleanTextFromHTML(t *testing.T) {
	tweet := "— Kementerian Contoh (@kemencontoh) 19 Juni 2025"
	tests := []struct {
		name, in string
		fromHTML bool
		want     string
	}{
		{"repeated run dropped in plain text", lead + "\n" + second + "\n" + lead + "\n" + second, false, lead + "\n" + second},
		{"repeated run kept from html", lead + "\n" + second + "\n" + lead + "\n" + second, true, lead + "\n" + second + "\n" + lead + "\n" + second},
		{"tweet signature dropped in plain text", lead + "\n" + tweet + "\n" + second, false, lead + "\n" + second},
		{"tweet signature kept from html", lead + "\n" + tweet + "\n" + second, true, lead + "\n" + tweet + "\n" + second},
	}
	for _, tt := range tests {
		if got := cleanText(tt.in, tt.fromHTML).Body; got != tt.want {
			t.Errorf("%s: cleanText(%q, %v).Body = %q, want %q", tt.name, tt.in, tt.fromHTML, got, tt.want)
		}
	}
}
