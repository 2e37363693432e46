package claim

import (
	"slices"

	"github.com/warta-news/warta"
)

// A cue is a word or phrase that marks a stance. Passive cues ("dituduh",
// "was accused") make their subject the one the claim is about, not its
// holder.
type cue struct {
	words   []string // lower-case, in order
	stance  string
	passive bool
}

// cues lists stance cues in Indonesian and English, written by us. Longer
// phrases come before the words they start with.
var cues = []cue{
	// retract
	{[]string{"menarik", "kembali"}, warta.StanceRetract, false},
	{[]string{"mencabut", "pernyataan"}, warta.StanceRetract, false},
	{[]string{"mencabut", "pernyataannya"}, warta.StanceRetract, false},
	{[]string{"meralat"}, warta.StanceRetract, false},
	{[]string{"meralat", "pernyataannya"}, warta.StanceRetract, false},
	{[]string{"retracted"}, warta.StanceRetract, false},
	{[]string{"retracts"}, warta.StanceRetract, false},
	{[]string{"withdrew", "the", "claim"}, warta.StanceRetract, false},
	{[]string{"walked", "back"}, warta.StanceRetract, false},
	{[]string{"backtracked"}, warta.StanceRetract, false},
	// deny
	{[]string{"membantah"}, warta.StanceDeny, false},
	{[]string{"menyangkal"}, warta.StanceDeny, false},
	{[]string{"menampik"}, warta.StanceDeny, false},
	{[]string{"menepis"}, warta.StanceDeny, false},
	{[]string{"tidak", "benar"}, warta.StanceDeny, false},
	{[]string{"denied"}, warta.StanceDeny, false},
	{[]string{"denies"}, warta.StanceDeny, false},
	{[]string{"deny"}, warta.StanceDeny, false},
	{[]string{"refuted"}, warta.StanceDeny, false},
	{[]string{"rejected", "the", "claim"}, warta.StanceDeny, false},
	{[]string{"rejected", "claims"}, warta.StanceDeny, false},
	{[]string{"not", "true"}, warta.StanceDeny, false},
	// confirm
	{[]string{"membenarkan"}, warta.StanceConfirm, false},
	{[]string{"mengonfirmasi"}, warta.StanceConfirm, false},
	{[]string{"mengkonfirmasi"}, warta.StanceConfirm, false},
	{[]string{"dikonfirmasi"}, warta.StanceConfirm, true},
	{[]string{"confirmed"}, warta.StanceConfirm, false},
	{[]string{"confirms"}, warta.StanceConfirm, false},
	// accuse
	{[]string{"menuduh"}, warta.StanceAccuse, false},
	{[]string{"menuding"}, warta.StanceAccuse, false},
	{[]string{"menyalahkan"}, warta.StanceAccuse, false},
	{[]string{"mendakwa"}, warta.StanceAccuse, false},
	{[]string{"dituduh"}, warta.StanceAccuse, true},
	{[]string{"dituding"}, warta.StanceAccuse, true},
	{[]string{"disalahkan"}, warta.StanceAccuse, true},
	{[]string{"didakwa"}, warta.StanceAccuse, true},
	{[]string{"diduga"}, warta.StanceAccuse, true},
	{[]string{"was", "accused"}, warta.StanceAccuse, true},
	{[]string{"were", "accused"}, warta.StanceAccuse, true},
	{[]string{"is", "accused"}, warta.StanceAccuse, true},
	{[]string{"are", "accused"}, warta.StanceAccuse, true},
	{[]string{"been", "accused"}, warta.StanceAccuse, true},
	{[]string{"accused"}, warta.StanceAccuse, false},
	{[]string{"accuses"}, warta.StanceAccuse, false},
	{[]string{"accuse"}, warta.StanceAccuse, false},
	{[]string{"blamed"}, warta.StanceAccuse, false},
	{[]string{"blames"}, warta.StanceAccuse, false},
	{[]string{"alleged"}, warta.StanceAccuse, false},
	{[]string{"alleges"}, warta.StanceAccuse, false},
	// assert; "mengklaim" and "claimed" become accuse when what is
	// claimed is a wrong (see wrongs).
	{[]string{"mengklaim"}, warta.StanceAssert, false},
	{[]string{"claimed"}, warta.StanceAssert, false},
	{[]string{"claims"}, warta.StanceAssert, false},
	{[]string{"mengatakan"}, warta.StanceAssert, false},
	{[]string{"menyatakan"}, warta.StanceAssert, false},
	{[]string{"menegaskan"}, warta.StanceAssert, false},
	{[]string{"menyebut"}, warta.StanceAssert, false},
	{[]string{"menyebutkan"}, warta.StanceAssert, false},
	{[]string{"menjelaskan"}, warta.StanceAssert, false},
	{[]string{"mengungkapkan"}, warta.StanceAssert, false},
	{[]string{"menambahkan"}, warta.StanceAssert, false},
	{[]string{"berkata"}, warta.StanceAssert, false},
	{[]string{"melaporkan"}, warta.StanceAssert, false},
	{[]string{"memperingatkan"}, warta.StanceAssert, false},
	{[]string{"said"}, warta.StanceAssert, false},
	{[]string{"says"}, warta.StanceAssert, false},
	{[]string{"stated"}, warta.StanceAssert, false},
	{[]string{"told"}, warta.StanceAssert, false},
	{[]string{"insisted"}, warta.StanceAssert, false},
	{[]string{"warned"}, warta.StanceAssert, false},
	{[]string{"asserted"}, warta.StanceAssert, false},
}

// cuesByFirst indexes cues by their first word, longer phrases first.
var cuesByFirst = func() map[string][]cue {
	m := map[string][]cue{}
	for _, c := range cues {
		m[c.words[0]] = append(m[c.words[0]], c)
	}
	for _, list := range m {
		slices.SortStableFunc(list, func(a, b cue) int { return len(b.words) - len(a.words) })
	}
	return m
}()

// stanceRank orders stances when a sentence has several cues: the rarer,
// more specific stance wins ("membantah" over "mengatakan").
var stanceRank = map[string]int{
	warta.StanceRetract: 5,
	warta.StanceDeny:    4,
	warta.StanceConfirm: 3,
	warta.StanceAccuse:  2,
	warta.StanceAssert:  1,
}

// wrongs are words that make a claim an accusation: what is claimed is
// that someone did wrong. Lower-case.
var wrongs = map[string]bool{
	"melanggar": true, "menyerang": true, "membunuh": true, "korupsi": true, "suap": true,
	"menyuap": true, "menipu": true, "mencuri": true, "ilegal": true, "kejahatan": true,
	"menyalahgunakan": true, "menculik": true, "memasok": true, "mencurangi": true,
	"berbohong": true, "curang": true, "pelanggaran": true, "menggelapkan": true,
	"violated": true, "violating": true, "attacked": true, "killed": true, "stole": true,
	"illegal": true, "illegally": true, "corrupt": true, "bribe": true, "bribes": true,
	"fraud": true, "lied": true, "cheated": true, "abused": true, "hacked": true,
	"interfered": true, "supplied": true, "smuggled": true,
}

// pronouns stand for a holder named before.
var pronouns = map[string]bool{
	"ia": true, "dia": true, "beliau": true, "mereka": true, "he": true, "she": true, "they": true,
}

// agentWords introduce the agent of a passive verb: "dituduh oleh X".
var agentWords = map[string]bool{"oleh": true, "by": true}
