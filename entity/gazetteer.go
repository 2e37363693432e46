package entity

import (
	"strings"

	"github.com/warta-news/warta"
)

// A known is a name we list ourselves: its type, its canonical form in
// Indonesian and in English, and the other ways news copy writes it.
type known struct {
	typ     string
	id, en  string
	aliases []string
}

// canonical returns the canonical form for lang: the English one for "en",
// the Indonesian one otherwise (Indonesian is Warta's first language).
func (k *known) canonical(lang string) string {
	if lang == "en" && k.en != "" {
		return k.en
	}
	return k.id
}

// knownNames lists common countries, capitals, regions and organisations of
// Indonesian and English news. One canonical per language: for China we
// pick "China" in both, because Indonesian outlets write both "China" and
// "Tiongkok" and one name lets stories from both meet.
var knownNames = []known{
	// Countries and unions of states.
	{warta.EntityLoc, "Korea Utara", "North Korea", []string{"Korut", "DPRK", "RDRK", "RRDK", "RDK", "Republik Demokratik Rakyat Korea", "Republik Rakyat Demokratik Korea", "Democratic People's Republic of Korea", "N. Korea"}},
	{warta.EntityLoc, "Korea Selatan", "South Korea", []string{"Korsel", "ROK", "Republik Korea", "Republic of Korea", "S. Korea"}},
	{warta.EntityLoc, "Amerika Serikat", "United States", []string{"AS", "USA", "U.S.", "U.S.A.", "US", "Amerika", "America", "United States of America", "Paman Sam"}},
	{warta.EntityLoc, "China", "China", []string{"Tiongkok", "Cina", "RRT", "RRC", "Republik Rakyat Tiongkok", "Republik Rakyat China", "PRC", "People's Republic of China"}},
	{warta.EntityLoc, "Rusia", "Russia", []string{"Federasi Rusia", "Russian Federation"}},
	{warta.EntityLoc, "Ukraina", "Ukraine", nil},
	{warta.EntityLoc, "Jepang", "Japan", nil},
	{warta.EntityLoc, "Indonesia", "Indonesia", []string{"RI", "Republik Indonesia", "NKRI"}},
	{warta.EntityLoc, "Malaysia", "Malaysia", nil},
	{warta.EntityLoc, "Singapura", "Singapore", nil},
	{warta.EntityLoc, "Thailand", "Thailand", nil},
	{warta.EntityLoc, "Filipina", "Philippines", []string{"the Philippines"}},
	{warta.EntityLoc, "Vietnam", "Vietnam", nil},
	{warta.EntityLoc, "Myanmar", "Myanmar", nil},
	{warta.EntityLoc, "Kamboja", "Cambodia", nil},
	{warta.EntityLoc, "Timor Leste", "Timor-Leste", []string{"Timor-Leste", "East Timor"}},
	{warta.EntityLoc, "Australia", "Australia", nil},
	{warta.EntityLoc, "Selandia Baru", "New Zealand", nil},
	{warta.EntityLoc, "India", "India", nil},
	{warta.EntityLoc, "Pakistan", "Pakistan", nil},
	{warta.EntityLoc, "Afganistan", "Afghanistan", []string{"Afghanistan"}},
	{warta.EntityLoc, "Iran", "Iran", nil},
	{warta.EntityLoc, "Irak", "Iraq", []string{"Iraq"}},
	{warta.EntityLoc, "Suriah", "Syria", []string{"Syria"}},
	{warta.EntityLoc, "Israel", "Israel", nil},
	{warta.EntityLoc, "Palestina", "Palestine", []string{"Palestine"}},
	{warta.EntityLoc, "Gaza", "Gaza", []string{"Jalur Gaza", "Gaza Strip"}},
	{warta.EntityLoc, "Lebanon", "Lebanon", nil},
	{warta.EntityLoc, "Yordania", "Jordan", nil},
	{warta.EntityLoc, "Arab Saudi", "Saudi Arabia", []string{"Saudi Arabia", "Saudi"}},
	{warta.EntityLoc, "Mesir", "Egypt", []string{"Egypt"}},
	{warta.EntityLoc, "Turki", "Turkey", []string{"Turkey", "Türkiye", "Turkiye"}},
	{warta.EntityLoc, "Yaman", "Yemen", []string{"Yemen"}},
	{warta.EntityLoc, "Qatar", "Qatar", nil},
	{warta.EntityLoc, "Inggris", "United Kingdom", []string{"Britania Raya", "United Kingdom", "UK", "Britain", "Great Britain", "England"}},
	{warta.EntityLoc, "Prancis", "France", []string{"Perancis", "France"}},
	{warta.EntityLoc, "Jerman", "Germany", []string{"Germany"}},
	{warta.EntityLoc, "Italia", "Italy", []string{"Italy"}},
	{warta.EntityLoc, "Spanyol", "Spain", []string{"Spain"}},
	{warta.EntityLoc, "Belanda", "Netherlands", []string{"Netherlands", "the Netherlands", "Holland"}},
	{warta.EntityLoc, "Belgia", "Belgium", []string{"Belgium"}},
	{warta.EntityLoc, "Polandia", "Poland", []string{"Poland"}},
	{warta.EntityLoc, "Swedia", "Sweden", []string{"Sweden"}},
	{warta.EntityLoc, "Finlandia", "Finland", []string{"Finland"}},
	{warta.EntityLoc, "Norwegia", "Norway", []string{"Norway"}},
	{warta.EntityLoc, "Belarus", "Belarus", nil},
	{warta.EntityLoc, "Georgia", "Georgia", nil},
	{warta.EntityLoc, "Kanada", "Canada", []string{"Canada"}},
	{warta.EntityLoc, "Meksiko", "Mexico", []string{"Mexico"}},
	{warta.EntityLoc, "Brasil", "Brazil", []string{"Brazil"}},
	{warta.EntityLoc, "Argentina", "Argentina", nil},
	{warta.EntityLoc, "Kuba", "Cuba", []string{"Cuba"}},
	{warta.EntityLoc, "Venezuela", "Venezuela", nil},
	{warta.EntityLoc, "Afrika Selatan", "South Africa", []string{"South Africa"}},
	{warta.EntityLoc, "Nigeria", "Nigeria", nil},
	{warta.EntityLoc, "Taiwan", "Taiwan", nil},
	{warta.EntityLoc, "Hong Kong", "Hong Kong", nil},
	{warta.EntityLoc, "Uni Soviet", "Soviet Union", []string{"Soviet Union", "USSR", "Soviet"}},
	{warta.EntityLoc, "Krimea", "Crimea", []string{"Crimea"}},
	{warta.EntityLoc, "Eropa", "Europe", []string{"Europe"}},
	{warta.EntityLoc, "Asia", "Asia", nil},
	{warta.EntityLoc, "Afrika", "Africa", []string{"Africa"}},
	{warta.EntityLoc, "Timur Tengah", "Middle East", []string{"Middle East"}},
	// Capitals and big cities.
	{warta.EntityLoc, "Moskow", "Moscow", []string{"Moscow", "Moskwa"}},
	{warta.EntityLoc, "Pyongyang", "Pyongyang", nil},
	{warta.EntityLoc, "Seoul", "Seoul", nil},
	{warta.EntityLoc, "Washington", "Washington", []string{"Washington DC", "Washington D.C."}},
	{warta.EntityLoc, "Beijing", "Beijing", []string{"Peking"}},
	{warta.EntityLoc, "Tokyo", "Tokyo", nil},
	{warta.EntityLoc, "Kyiv", "Kyiv", []string{"Kiev", "Kiev"}},
	{warta.EntityLoc, "Vladivostok", "Vladivostok", nil},
	{warta.EntityLoc, "London", "London", nil},
	{warta.EntityLoc, "Paris", "Paris", nil},
	{warta.EntityLoc, "Berlin", "Berlin", nil},
	{warta.EntityLoc, "Brussel", "Brussels", []string{"Brussels"}},
	{warta.EntityLoc, "New York", "New York", nil},
	{warta.EntityLoc, "Jenewa", "Geneva", []string{"Geneva"}},
	{warta.EntityLoc, "Hanoi", "Hanoi", nil},
	{warta.EntityLoc, "Bangkok", "Bangkok", nil},
	{warta.EntityLoc, "Kuala Lumpur", "Kuala Lumpur", nil},
	{warta.EntityLoc, "Canberra", "Canberra", nil},
	{warta.EntityLoc, "Teheran", "Tehran", []string{"Tehran"}},
	{warta.EntityLoc, "Yerusalem", "Jerusalem", []string{"Jerusalem"}},
	{warta.EntityLoc, "Tel Aviv", "Tel Aviv", nil},
	{warta.EntityLoc, "Jakarta", "Jakarta", []string{"DKI Jakarta"}},
	{warta.EntityLoc, "Surabaya", "Surabaya", nil},
	{warta.EntityLoc, "Bandung", "Bandung", nil},
	{warta.EntityLoc, "Medan", "Medan", nil},
	{warta.EntityLoc, "Semarang", "Semarang", nil},
	{warta.EntityLoc, "Makassar", "Makassar", nil},
	{warta.EntityLoc, "Yogyakarta", "Yogyakarta", []string{"Jogja", "Yogya", "DIY"}},
	{warta.EntityLoc, "Bali", "Bali", nil},
	{warta.EntityLoc, "Papua", "Papua", nil},
	{warta.EntityLoc, "Aceh", "Aceh", nil},
	{warta.EntityLoc, "Jawa", "Java", []string{"Java"}},
	{warta.EntityLoc, "Sumatera", "Sumatra", []string{"Sumatra"}},
	{warta.EntityLoc, "Kalimantan", "Borneo", []string{"Borneo"}},
	{warta.EntityLoc, "Sulawesi", "Sulawesi", nil},
	{warta.EntityLoc, "Jawa Barat", "West Java", []string{"Jabar", "West Java"}},
	{warta.EntityLoc, "Jawa Tengah", "Central Java", []string{"Jateng", "Central Java"}},
	{warta.EntityLoc, "Jawa Timur", "East Java", []string{"Jatim", "East Java"}},
	{warta.EntityLoc, "Bekasi", "Bekasi", nil},
	{warta.EntityLoc, "Tangerang", "Tangerang", nil},
	{warta.EntityLoc, "Bogor", "Bogor", nil},
	{warta.EntityLoc, "Depok", "Depok", nil},
	// Organisations.
	{warta.EntityOrg, "Perserikatan Bangsa-Bangsa", "United Nations", []string{"PBB", "United Nations", "UN", "U.N."}},
	{warta.EntityOrg, "Dewan Keamanan PBB", "UN Security Council", []string{"DK PBB", "UN Security Council", "Security Council"}},
	{warta.EntityOrg, "NATO", "NATO", []string{"Pakta Pertahanan Atlantik Utara", "North Atlantic Treaty Organization"}},
	{warta.EntityOrg, "Uni Eropa", "European Union", []string{"UE", "EU", "European Union"}},
	{warta.EntityOrg, "ASEAN", "ASEAN", nil},
	{warta.EntityOrg, "KCNA", "KCNA", []string{"Korean Central News Agency"}},
	{warta.EntityOrg, "Yonhap", "Yonhap", []string{"Yonhap News", "Yonhap News Agency", "Berita Yonhap"}},
	{warta.EntityOrg, "Kremlin", "Kremlin", []string{"the Kremlin"}},
	{warta.EntityOrg, "Gedung Putih", "White House", []string{"White House", "the White House"}},
	{warta.EntityOrg, "Pentagon", "Pentagon", []string{"the Pentagon"}},
	{warta.EntityOrg, "Reuters", "Reuters", nil},
	{warta.EntityOrg, "AFP", "AFP", []string{"Agence France-Presse"}},
	{warta.EntityOrg, "Associated Press", "Associated Press", []string{"AP"}},
	{warta.EntityOrg, "Bloomberg", "Bloomberg", nil},
	{warta.EntityOrg, "Interfax", "Interfax", nil},
	{warta.EntityOrg, "TASS", "TASS", []string{"Tass"}},
	{warta.EntityOrg, "Xinhua", "Xinhua", nil},
	{warta.EntityOrg, "Antara", "Antara", nil},
	{warta.EntityOrg, "CNN", "CNN", nil},
	{warta.EntityOrg, "BBC", "BBC", nil},
	{warta.EntityOrg, "VOA", "VOA", []string{"Voice of America"}},
	{warta.EntityOrg, "Kompas", "Kompas", nil},
	{warta.EntityOrg, "Tempo", "Tempo", nil},
	{warta.EntityOrg, "Tribunnews", "Tribunnews", []string{"Tribunnews.com", "TRIBUNNEWS.COM"}},
	{warta.EntityOrg, "IAEA", "IAEA", []string{"International Atomic Energy Agency"}},
	{warta.EntityOrg, "WHO", "WHO", []string{"World Health Organization", "Organisasi Kesehatan Dunia"}},
	{warta.EntityOrg, "IMF", "IMF", []string{"Dana Moneter Internasional", "International Monetary Fund"}},
	{warta.EntityOrg, "Bank Dunia", "World Bank", []string{"World Bank"}},
	{warta.EntityOrg, "G20", "G20", []string{"G-20"}},
	{warta.EntityOrg, "OPEC", "OPEC", nil},
	{warta.EntityOrg, "Hamas", "Hamas", nil},
	{warta.EntityOrg, "Hizbullah", "Hezbollah", []string{"Hezbollah"}},
	{warta.EntityOrg, "Taliban", "Taliban", nil},
	{warta.EntityOrg, "CIA", "CIA", nil},
	{warta.EntityOrg, "FBI", "FBI", nil},
	{warta.EntityOrg, "KPK", "KPK", []string{"Komisi Pemberantasan Korupsi"}},
	{warta.EntityOrg, "DPR", "DPR", []string{"Dewan Perwakilan Rakyat", "DPR RI"}},
	{warta.EntityOrg, "MPR", "MPR", []string{"Majelis Permusyawaratan Rakyat"}},
	{warta.EntityOrg, "TNI", "TNI", []string{"Tentara Nasional Indonesia"}},
	{warta.EntityOrg, "Polri", "Polri", []string{"Kepolisian Negara Republik Indonesia"}},
	{warta.EntityOrg, "Bank Indonesia", "Bank Indonesia", []string{"BI"}},
	{warta.EntityOrg, "KPU", "KPU", []string{"Komisi Pemilihan Umum"}},
	{warta.EntityOrg, "Bawaslu", "Bawaslu", nil},
	{warta.EntityOrg, "Mahkamah Konstitusi", "Constitutional Court", []string{"MK"}},
	{warta.EntityOrg, "Mahkamah Agung", "Supreme Court", []string{"MA"}},
	{warta.EntityOrg, "PDI-P", "PDI-P", []string{"PDIP", "PDI Perjuangan"}},
	{warta.EntityOrg, "Golkar", "Golkar", []string{"Partai Golkar"}},
	{warta.EntityOrg, "Gerindra", "Gerindra", []string{"Partai Gerindra"}},
	{warta.EntityOrg, "NU", "NU", []string{"Nahdlatul Ulama", "PBNU"}},
	{warta.EntityOrg, "Muhammadiyah", "Muhammadiyah", nil},
	{warta.EntityOrg, "Pertamina", "Pertamina", nil},
	{warta.EntityOrg, "Republican Party", "Republican Party", []string{"GOP"}},
	{warta.EntityOrg, "Democratic Party", "Democratic Party", nil},
}

// gazetteer indexes knownNames by surface form.
type gazetteer struct {
	byName map[string]*known
	// tokens holds every word of every listed name, to split hyphenated
	// compounds such as "Korut-Rusia".
	tokens map[string]bool
	// maxLen is the longest name, in words.
	maxLen int
}

// names is the gazetteer built from knownNames.
var names = buildGazetteer(knownNames)

func buildGazetteer(list []known) *gazetteer {
	g := &gazetteer{byName: map[string]*known{}, tokens: map[string]bool{}}
	for i := range list {
		k := &list[i]
		forms := append([]string{k.id, k.en}, k.aliases...)
		for _, f := range forms {
			if f == "" {
				continue
			}
			if _, dup := g.byName[f]; !dup {
				g.byName[f] = k
			}
			ws := strings.Fields(f)
			g.maxLen = max(g.maxLen, len(ws))
			for _, w := range ws {
				g.tokens[w] = true
			}
		}
	}
	return g
}

// lookup finds a listed name written as s. All-capital words longer than
// four letters ("MOSKOW") are also tried in title case.
func (g *gazetteer) lookup(s string) *known {
	if k := g.byName[s]; k != nil {
		return k
	}
	if len(s) > 4 && isAcronym(s) && !strings.ContainsAny(s, " .") {
		return g.byName[titleCase(s)]
	}
	return nil
}

// titleCase returns s with its first letter upper-case and the rest lower.
func titleCase(s string) string {
	if s == "" {
		return s
	}
	low := strings.ToLower(s)
	r := []rune(low)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
