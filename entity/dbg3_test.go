package entity
import ("fmt";"testing")
func TestDebug3(t *testing.T) {
	sents, _ := readIDNER("../../shared/data/idner-news-2k/train.txt")
	type k struct{a,b int; t string}
	fp := map[string]int{}; fn := map[string]int{}
	var tp, np, ng int
	for _, s := range sents {
		g := map[k]bool{}
		for _, e := range s.gold { g[k{e.Start,e.End,e.Type}] = true }
		p := map[k]bool{}
		ng += len(s.gold)
		for _, e := range Extract(s.text, "id") { np++; p[k{e.Start,e.End,e.Type}] = true
			if g[k{e.Start,e.End,e.Type}] { tp++ } else { fp[e.Type+" "+e.Text]++ } }
		for _, e := range s.gold { if !p[k{e.Start,e.End,e.Type}] { fn[e.Type+" "+e.Text]++ } }
	}
	pp, r, f := prf(tp, np, ng)
	fmt.Printf("train: P %.3f R %.3f F1 %.3f\n", pp, r, f)
	top := func(m map[string]int) { for k, v := range m { if v >= 6 { fmt.Printf("  %3d %s\n", v, k) } } }
	fmt.Println("FP:"); top(fp); fmt.Println("FN:"); top(fn)
}
