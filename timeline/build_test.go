package timeline

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/warta-news/warta"
	"github.com/warta-news/warta/text"
)

// fixture builds an article whose annotations are found by searching the
// body, so that offsets stay right when the text changes.
type fixture struct {
	id, outlet, published, body string
	lang                        string      // "id" when empty
	timexes                     [][2]string // text, value
	entities                    [][2]string // text, type
	quotes                      []string
}

func (f fixture) article(t *testing.T) *warta.Article {
	t.Helper()
	at := func(s string) (int, int) {
		i := strings.Index(f.body, s)
		if i < 0 {
			t.Fatalf("fixture %s: %q not in body", f.id, s)
		}
		return i, i + len(s)
	}
	a := &warta.Article{ID: f.id, Outlet: f.outlet, Published: f.published, Language: cmp.Or(f.lang, "id"), Body: f.body}
	for _, x := range f.timexes {
		s, e := at(x[0])
		a.Timexes = append(a.Timexes, warta.Timex{Text: x[0], Value: x[1], Type: warta.TimexDate, Start: s, End: e})
	}
	for _, x := range f.entities {
		s, e := at(x[0])
		a.Entities = append(a.Entities, warta.Entity{Text: x[0], Type: x[1], Canonical: x[0], Start: s, End: e})
	}
	for _, q := range f.quotes {
		s, e := at(q)
		a.Quotes = append(a.Quotes, warta.Quote{Text: q, Speaker: "Kim Jong Un", Kind: warta.QuoteDirect, Start: s, End: e})
		a.Claims = append(a.Claims, warta.Claim{Holder: "Kim Jong Un", Stance: warta.StanceAssert, Text: q, Start: s, End: e})
	}
	return a
}

var fixtures = []fixture{
	{
		id: "a", outlet: "Kabar Nusantara", published: "2024-06-18",
		body: "Presiden Vladimir Putin tiba di Pyongyang pada Selasa (18/6/2024) untuk bertemu Kim Jong Un. " +
			"Perjanjian baru akan menggantikan perjanjian persahabatan yang diteken pada 1961 oleh Uni Soviet. " +
			"Putin akan melakukan perjalanan ke Vietnam pada Rabu (19/6/2024) malam.",
		timexes:  [][2]string{{"Selasa (18/6/2024)", "2024-06-18"}, {"1961", "1961"}, {"Rabu (19/6/2024) malam", "2024-06-19TNI"}},
		entities: [][2]string{{"Vladimir Putin", warta.EntityPerson}, {"Pyongyang", warta.EntityLoc}, {"Kim Jong Un", warta.EntityPerson}, {"Vietnam", warta.EntityLoc}, {"Uni Soviet", warta.EntityLoc}},
	},
	{
		id: "b", outlet: "Harian Timur", published: "2024-06-18",
		body: "Mengutip KCNA, Putin tiba di Pyongyang pada Selasa (18/6/2024) dan disambut Kim Jong Un. " +
			"Perjanjian persahabatan 1961 yang diteken Uni Soviet akan diganti. " +
			"“Hubungan kita tak terkalahkan,” kata Kim.",
		timexes:  [][2]string{{"Selasa (18/6/2024)", "2024-06-18"}, {"1961", "1961"}},
		entities: [][2]string{{"KCNA", warta.EntityOrg}, {"Pyongyang", warta.EntityLoc}, {"Kim Jong Un", warta.EntityPerson}, {"Uni Soviet", warta.EntityLoc}},
		quotes:   []string{"Hubungan kita tak terkalahkan"},
	},
	{
		// A copy of b under another outlet.
		id: "c", outlet: "Warta Pagi", published: "2024-06-18",
		body: "Mengutip KCNA, Putin tiba di Pyongyang pada Selasa (18/6/2024) dan disambut Kim Jong Un. " +
			"Perjanjian persahabatan 1961 yang diteken Uni Soviet akan diganti. " +
			"“Hubungan kita tak terkalahkan,” kata Kim.",
		timexes:  [][2]string{{"Selasa (18/6/2024)", "2024-06-18"}, {"1961", "1961"}},
		entities: [][2]string{{"KCNA", warta.EntityOrg}, {"Pyongyang", warta.EntityLoc}, {"Kim Jong Un", warta.EntityPerson}, {"Uni Soviet", warta.EntityLoc}},
	},
	{
		id: "d", outlet: "Lintas Berita", published: "2024-10-08",
		body: "Menurut KCNA, Kim Jong Un mengirim ucapan ulang tahun ke-72 kepada Putin pada Selasa (8/10/2024). " +
			"Perjanjian persahabatan 1961 diteken Uni Soviet. " +
			"Kim juga menjanjikan 5.000 ton beras.",
		timexes:  [][2]string{{"Selasa (8/10/2024)", "2024-10-08"}, {"1961", "1961"}},
		entities: [][2]string{{"KCNA", warta.EntityOrg}, {"Kim Jong Un", warta.EntityPerson}, {"Uni Soviet", warta.EntityLoc}},
	},
	{id: "e", body: "Tanpa tanggal apa pun di sini."},
}

func buildFixture(t *testing.T) (warta.Timeline, map[string]*warta.Article) {
	t.Helper()
	articles := map[string]*warta.Article{}
	for _, f := range fixtures {
		articles[f.id] = f.article(t)
	}
	story := warta.Storyline{ID: "s-1", Title: "Rusia dan Korea Utara", Events: []warta.Event{
		{ID: "e-3", Title: "Tanpa tanggal", Articles: []string{"e"}},
		{ID: "e-2", Date: "2024-10-08", Title: "Ucapan ulang tahun", Articles: []string{"d"}},
		{ID: "e-1", Date: "2024-06-18", Title: "Putin tiba di Pyongyang", Articles: []string{"a", "b", "c"}},
	}}
	groups := []warta.ReportGroup{{ID: "g1", Kind: warta.GroupExact, Articles: []string{"b", "c"}}}
	return Build(story, articles, groups), articles
}

func find(t *testing.T, tl warta.Timeline, date, kind string) warta.TimelineEvent {
	t.Helper()
	for _, ev := range tl.Events {
		if ev.Date == date && ev.Kind == kind {
			return ev
		}
	}
	t.Fatalf("no %s entry dated %s in %s", kind, date, dump(tl))
	return warta.TimelineEvent{}
}

func dump(tl warta.Timeline) string {
	var b strings.Builder
	for _, ev := range tl.Events {
		b.WriteString("\n  " + ev.Date + " " + ev.Kind + " " + ev.Title + " " + strings.Join(ev.Articles, ","))
	}
	return b.String()
}

func TestBuild(t *testing.T) {
	tl, articles := buildFixture(t)
	if tl.Storyline != "s-1" || tl.Title != "Rusia dan Korea Utara" {
		t.Errorf("Build = storyline %q title %q, want s-1 and its title", tl.Storyline, tl.Title)
	}
	var got []string
	for _, ev := range tl.Events {
		got = append(got, ev.Date+" "+ev.Kind)
	}
	want := []string{"1961 background", "2024-06-18 reported", "2024-06-19 scheduled", "2024-10-08 reported", " reported"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries = %q, want %q%s", got, want, dump(tl))
	}

	// The treaty of 1961, mentioned in passing by four articles, is one
	// background entry with all four.
	treaty := find(t, tl, "1961", warta.KindBackground)
	if want := []string{"a", "b", "c", "d"}; !reflect.DeepEqual(treaty.Articles, want) {
		t.Errorf("1961 articles = %q, want %q", treaty.Articles, want)
	}
	if treaty.Precision != warta.PrecisionYear {
		t.Errorf("1961 precision = %q, want year", treaty.Precision)
	}

	// The arrival: a, and b with its copy c, which credit KCNA.
	arrival := find(t, tl, "2024-06-18", warta.KindReported)
	if arrival.IndependentSources != 2 {
		t.Errorf("arrival: %d independent sources, want 2 (a, and b with its copy c)", arrival.IndependentSources)
	}
	if arrival.Title != "Putin tiba di Pyongyang" {
		t.Errorf("arrival title = %q, want the stored event's", arrival.Title)
	}
	if want := []string{"Harian Timur", "Kabar Nusantara", "Warta Pagi"}; !reflect.DeepEqual(arrival.Sources, want) {
		t.Errorf("arrival sources = %q, want %q", arrival.Sources, want)
	}
	var chains []string
	for _, o := range arrival.Origins {
		chains = append(chains, o.Article+":"+o.Outlet+">"+strings.Join(o.Via, ">"))
	}
	if want := []string{"b:Harian Timur>KCNA", "c:Warta Pagi>KCNA"}; !reflect.DeepEqual(chains, want) {
		t.Errorf("arrival origins = %q, want %q", chains, want)
	}
	if len(arrival.Quotes) != 1 || arrival.Quotes[0].Article != "b" || len(arrival.Claims) != 1 {
		t.Errorf("arrival quotes %+v claims %+v, want b's quote and claim", arrival.Quotes, arrival.Claims)
	}

	// Both b (via its copy) and d credit KCNA for the treaty? No: d's
	// evidence for the treaty names no source; a, b+c and d are three.
	if treaty.IndependentSources != 3 {
		t.Errorf("1961: %d independent sources, want 3", treaty.IndependentSources)
	}

	trip := find(t, tl, "2024-06-19", warta.KindScheduled)
	if !reflect.DeepEqual(trip.Articles, []string{"a"}) || trip.Precision != warta.PrecisionDay {
		t.Errorf("trip = %+v, want a's announcement at day precision", trip)
	}

	for _, ev := range tl.Events {
		if ev.IndependentSources < 1 || ev.IndependentSources > len(ev.Sources) {
			t.Errorf("%s %q: %d independent of %d sources", ev.Date, ev.Title, ev.IndependentSources, len(ev.Sources))
		}
		for _, e := range ev.Evidence {
			body := articles[e.Article].Body
			if e.Start < 0 || e.End > len(body) || e.Start >= e.End {
				t.Fatalf("evidence %+v is not a span of %s", e, e.Article)
			}
			if e.DateEnd > 0 {
				if e.DateStart < e.Start || e.DateEnd > e.End {
					t.Errorf("evidence %+v: the date lies outside the sentence", e)
				}
				if !slices.ContainsFunc(articles[e.Article].Timexes, func(x warta.Timex) bool {
					return x.Start == e.DateStart && x.End == e.DateEnd
				}) {
					t.Errorf("evidence %+v: %q is no date expression", e, body[e.DateStart:e.DateEnd])
				}
			}
			if !slices.Contains(ev.Articles, e.Article) {
				t.Errorf("evidence %+v from an article the entry does not list", e)
			}
		}
	}
	if last := tl.Events[len(tl.Events)-1]; last.Date != "" || last.Sources[0] != "unknown outlet (e)" {
		t.Errorf("last entry = %+v, want the undated one with a named stand-in source", last)
	}
}

func TestBuildOriginsCountOnce(t *testing.T) {
	// d credits KCNA for its news; an article by another outlet that also
	// credits KCNA for the same news is no new independent source.
	articles := map[string]*warta.Article{}
	for _, f := range fixtures[3:4] {
		articles[f.id] = f.article(t)
	}
	f := fixtures[3]
	f.id, f.outlet = "d2", "Harian Barat"
	f.body = strings.Replace(f.body, "Kim juga menjanjikan 5.000 ton beras.", "Pesan itu dimuat kantor berita resmi.", 1)
	articles["d2"] = f.article(t)
	story := warta.Storyline{ID: "s", Events: []warta.Event{{ID: "e", Date: "2024-10-08", Articles: []string{"d", "d2"}}}}
	tl := Build(story, articles, nil)
	ev := find(t, tl, "2024-10-08", warta.KindReported)
	if ev.IndependentSources != 1 || len(ev.Sources) != 2 || len(ev.Origins) != 2 {
		t.Errorf("two outlets crediting KCNA: %d independent of %q, origins %+v; want 1 of 2 with both chains", ev.IndependentSources, ev.Sources, ev.Origins)
	}
}

func TestBuildNew(t *testing.T) {
	tl, articles := buildFixture(t)
	var order []string
	newIn := map[string][]string{}
	for _, nc := range tl.New {
		order = append(order, nc.Article)
		for _, sp := range nc.Spans {
			newIn[nc.Article] = append(newIn[nc.Article], articles[nc.Article].Body[sp.Start:sp.End])
		}
	}
	if want := []string{"a", "b", "c", "d", "e"}; !reflect.DeepEqual(order, want) {
		t.Errorf("new content order = %q, want publication order %q", order, want)
	}
	if len(newIn["c"]) != 0 {
		t.Errorf("the copy c adds %q, want nothing", newIn["c"])
	}
	if len(newIn["a"]) != 3 {
		t.Errorf("the first article adds %d sentences, want all 3", len(newIn["a"]))
	}
	if !slices.ContainsFunc(newIn["d"], func(s string) bool { return strings.Contains(s, "5.000 ton") }) {
		t.Errorf("d adds %q, want the sentence with 5.000 ton", newIn["d"])
	}
	if slices.ContainsFunc(newIn["d"], func(s string) bool { return strings.Contains(s, "Perjanjian persahabatan 1961") }) {
		t.Errorf("d adds %q, want not the treaty sentence, which a, b and c had", newIn["d"])
	}
	treaty := find(t, tl, "1961", warta.KindBackground)
	for _, e := range treaty.Evidence {
		if e.New != (e.Article == "a") {
			t.Errorf("treaty evidence in %s: new = %v, want %v", e.Article, e.New, e.Article == "a")
		}
	}
}

func TestBuildEmpty(t *testing.T) {
	tl := Build(warta.Storyline{ID: "s"}, nil, nil)
	if tl.Events == nil || len(tl.Events) != 0 {
		t.Errorf("Build of an empty storyline = %#v, want an empty, non-nil event list", tl.Events)
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		value, start, end, precision string
	}{
		{"2024-06-19", "2024-06-19", "2024-06-19", warta.PrecisionDay},
		{"2024-06-19TNI", "2024-06-19", "2024-06-19", warta.PrecisionDay},
		{"2024-W25", "2024-06-17", "2024-06-23", warta.PrecisionWeek},
		{"2025-W01", "2024-12-30", "2025-01-05", warta.PrecisionWeek},
		{"2024-02", "2024-02-01", "2024-02-29", warta.PrecisionMonth},
		{"2024-Q4", "2024-10-01", "2024-12-31", warta.PrecisionQuarter},
		{"1961", "1961-01-01", "1961-12-31", warta.PrecisionYear},
		{"PRESENT_REF", "", "", ""},
		{"P3D", "", "", ""},
		{"2024-SU", "", "", ""},
		{"XXXX-06-19", "", "", ""},
	}
	for _, tt := range tests {
		p, ok := parsePeriod(tt.value)
		if !ok {
			if tt.precision != "" {
				t.Errorf("parsePeriod(%q) failed, want %s", tt.value, tt.start)
			}
			continue
		}
		got := p.start.Format("2006-01-02") + " " + p.end.Format("2006-01-02") + " " + p.precision
		if want := tt.start + " " + tt.end + " " + tt.precision; got != want {
			t.Errorf("parsePeriod(%q) = %s, want %s", tt.value, got, want)
		}
	}
}

func TestFutureTense(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"Putin akan melakukan perjalanan ke Vietnam pada ", true},
		{"The verdict is expected in ", true},
		{"Pelabuhan dijadwalkan diresmikan pada ", true},
		{"“Kami yakin rakyat Rusia akan meraih kemenangan besar,” ujar Kim saat menggelar perjamuan makan malam dengan Putin pada ", false},
		{"Kim mengirim pesan pada ", false},
	}
	for _, tt := range tests {
		if got := futureTense(tt.before); got != tt.want {
			t.Errorf("futureTense(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestBuildUndatedArticle checks that an article without a date of its own
// is read as of its event's date: its lead does not move the entry's date,
// and its mentions of long ago are background.
func TestBuildUndatedArticle(t *testing.T) {
	dated := fixture{id: "x", outlet: "Kabar Nusantara", published: "2025-03-03",
		body:    "Jalur pendakian Kawiloka dibuka kembali pada Senin (3/3/2025).",
		timexes: [][2]string{{"Senin (3/3/2025)", "2025-03-03"}}}
	undated := fixture{id: "y", outlet: "The Archipelago Times",
		body: "The emergency was extended to September 30, officials said. " +
			"It was the strongest eruption since 2010.",
		timexes: [][2]string{{"September 30", "2010-09-30"}, {"2010", "2010"}}}
	articles := map[string]*warta.Article{"x": dated.article(t), "y": undated.article(t)}
	story := warta.Storyline{ID: "s", Events: []warta.Event{{ID: "e", Date: "2025-03-03", Title: "Dibuka", Articles: []string{"y", "x"}}}}
	tl := Build(story, articles, nil)
	ev := find(t, tl, "2025-03-03", warta.KindReported)
	if !slices.Contains(ev.Articles, "y") {
		t.Errorf("the undated article left its event's entry: %s", dump(tl))
	}
	find(t, tl, "2010", warta.KindBackground)
}

// TestBuildCoarserMentions checks how a month mention joins a day's entry:
// it does when it recalls what that day reported, and does not when that
// day only announced it (the visit recalled in October is not the news of
// 12 June that it was coming).
func TestBuildCoarserMentions(t *testing.T) {
	fs := []fixture{
		{id: "summit", outlet: "A", published: "2023-09-13",
			body:     "Kim Jong Un bertemu Vladimir Putin di kosmodrom Vostochny dan berjanji membantu satelit Korea Utara.",
			entities: [][2]string{{"Kim Jong Un", warta.EntityPerson}, {"Vladimir Putin", warta.EntityPerson}, {"Korea Utara", warta.EntityLoc}}},
		{id: "ahead", outlet: "B", published: "2024-06-12",
			body:     "Kim Jong Un memuji hubungan dengan Rusia, dan Vladimir Putin akan mengunjungi Pyongyang dalam waktu dekat.",
			entities: [][2]string{{"Kim Jong Un", warta.EntityPerson}, {"Vladimir Putin", warta.EntityPerson}, {"Rusia", warta.EntityLoc}, {"Pyongyang", warta.EntityLoc}}},
		{id: "later", outlet: "C", published: "2024-10-08",
			body: "Kim Jong Un mengirim pesan ulang tahun kepada Vladimir Putin. " +
				"Kim Jong Un memuji hubungan dengan Rusia sejak kunjungan Vladimir Putin ke Pyongyang pada bulan Juni. " +
				"Saat bertemu di kosmodrom Vostochny pada September 2023, Vladimir Putin berjanji membantu satelit Korea Utara.",
			timexes:  [][2]string{{"bulan Juni", "2024-06"}, {"September 2023", "2023-09"}},
			entities: [][2]string{{"Kim Jong Un", warta.EntityPerson}, {"Vladimir Putin", warta.EntityPerson}, {"Rusia", warta.EntityLoc}, {"Pyongyang", warta.EntityLoc}, {"Korea Utara", warta.EntityLoc}}},
	}
	articles := map[string]*warta.Article{}
	story := warta.Storyline{ID: "s"}
	for _, f := range fs {
		articles[f.id] = f.article(t)
		story.Events = append(story.Events, warta.Event{ID: f.id, Date: f.published, Title: f.id, Articles: []string{f.id}})
	}
	tl := Build(story, articles, nil)
	summit := find(t, tl, "2023-09-13", warta.KindReported)
	if !slices.Contains(summit.Articles, "later") || summit.IndependentSources != 2 {
		t.Errorf("the summit recalled in October: entry %+v, want it to hold 'later' with 2 independent sources%s", summit, dump(tl))
	}
	visit := find(t, tl, "2024-06", warta.KindBackground)
	if !reflect.DeepEqual(visit.Articles, []string{"later"}) {
		t.Errorf("the June visit recalled in October = %q, want an entry of its own%s", visit.Articles, dump(tl))
	}
}

func TestThreshold(t *testing.T) {
	body := "Putin akan mengunjungi Pyongyang. Putin tiba di Pyongyang."
	a := &warta.Article{ID: "a", Body: body}
	day, _ := parsePeriod("2024-06-12")
	month, _ := parsePeriod("2024-06")
	announcing := &entry{p: day, mentions: []mention{{art: a, sent: text.Span{Start: 0, End: 33}}}}
	plain := &entry{p: day, mentions: []mention{{art: a, sent: text.Span{Start: 34, End: len(body)}}}}
	tests := []struct {
		name string
		e    *entry
		m    mention
		want float64
	}{
		{"same date", announcing, mention{p: day, kind: warta.KindReported}, sameDateOverlap},
		{"a month into a day", plain, mention{p: month, kind: warta.KindBackground}, withinOverlap},
		{"a past month into a day that announced it", announcing, mention{p: month, kind: warta.KindBackground}, announcedOverlap},
		{"a plan into a day that announced it", announcing, mention{p: month, kind: warta.KindScheduled}, withinOverlap},
	}
	for _, tt := range tests {
		if got := threshold(tt.e, tt.m); got != tt.want {
			t.Errorf("%s: threshold = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestDateClause(t *testing.T) {
	tests := []struct {
		sentence, date, want string
	}{
		{"AS dan sekutunya kemungkinan akan fokus pada tingkat kerjasama militer antara kedua penguasa tersebut, setelah Rusia mengatakan bahwa perjanjian kemitraan strategis akan ditandatangani untuk menggantikan kesepakatan yang ada sejak tahun 1961.",
			"tahun 1961", "… perjanjian kemitraan strategis akan ditandatangani untuk menggantikan kesepakatan yang ada sejak tahun 1961"},
		{"Putin akan melakukan perjalanan ke Vietnam pada Rabu (19/06/2024) malam setelah menyelesaikan pembicaraan dengan Kim.",
			"Rabu (19/06/2024) malam", "Putin akan melakukan perjalanan ke Vietnam pada Rabu (19/06/2024) malam setelah menyelesaikan pembicaraan dengan …"},
		{"Pada 2010, letusan besar memaksa 20.000 warga mengungsi.", "2010", "Pada 2010, letusan besar memaksa 20.000 warga mengungsi"},
		{"Ia memastikan pelabuhan senilai Rp 4,2 triliun itu siap beroperasi awal tahun depan.", "awal tahun depan",
			"Ia memastikan pelabuhan senilai Rp 4,2 triliun itu siap beroperasi awal tahun depan"},
		{"Pemenang diumumkan pada akhir Juli, dan konstruksi diharapkan dimulai pada Agustus.", "Agustus",
			"Konstruksi diharapkan dimulai pada Agustus"},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.date)
		got := dateClause(tt.sentence, text.Span{Start: 0, End: len(tt.sentence)}, text.Span{Start: i, End: i + len(tt.date)}, titleWords)
		if got != tt.want {
			t.Errorf("dateClause(%q) =\n%q, want\n%q", tt.date, got, tt.want)
		}
	}
}
