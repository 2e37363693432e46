package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/warta-news/warta"
)

// ReplaceStorylines replaces every storyline and event with stories, in one
// transaction. Storyline and event ids must be set and unique, and every
// article must be stored. Events keep their order within a storyline, and
// articles theirs within an event; Event.StorylineID is ignored, since the
// nesting says it.
func (s *Store) ReplaceStorylines(ctx context.Context, stories []warta.Storyline) error {
	storyIDs := make(map[string]bool)
	eventIDs := make(map[string]bool)
	var members []string
	for _, st := range stories {
		if st.ID == "" || storyIDs[st.ID] {
			return warta.Errorf(warta.ErrInvalid, "replace storylines: storyline id %q is empty or repeated", st.ID)
		}
		storyIDs[st.ID] = true
		for _, ev := range st.Events {
			if ev.ID == "" || eventIDs[ev.ID] {
				return warta.Errorf(warta.ErrInvalid, "replace storylines: storyline %q: event id %q is empty or repeated", st.ID, ev.ID)
			}
			eventIDs[ev.ID] = true
			members = append(members, ev.Articles...)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace storylines: begin: %w", err)
	}
	defer tx.Rollback()
	if err := checkArticles(ctx, tx, "replace storylines", members); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM storylines`); err != nil {
		return fmt.Errorf("replace storylines: delete: %w", err)
	}
	var storyRows, eventRows, articleRows [][]any
	for i, st := range stories {
		storyRows = append(storyRows, []any{st.ID, i, st.Title, st.Start, st.End})
		for j, ev := range st.Events {
			eventRows = append(eventRows, []any{ev.ID, st.ID, j, ev.Title, ev.Date})
			for k, a := range ev.Articles {
				articleRows = append(articleRows, []any{ev.ID, k, a})
			}
		}
	}
	if err := insertRows(ctx, tx, "storylines", []string{"id", "ordinal", "title", "start_date", "end_date"}, storyRows); err != nil {
		return fmt.Errorf("replace storylines: %w", err)
	}
	if err := insertRows(ctx, tx, "events", []string{"id", "storyline_id", "ordinal", "title", "date"}, eventRows); err != nil {
		return fmt.Errorf("replace storylines: %w", err)
	}
	if err := insertRows(ctx, tx, "event_articles", []string{"event_id", "ordinal", "article_id"}, articleRows); err != nil {
		return fmt.Errorf("replace storylines: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace storylines: commit: %w", err)
	}
	return nil
}

// Storylines returns every storyline with its events, ordered by start
// date, storylines that start together in the order they were stored.
func (s *Store) Storylines(ctx context.Context) ([]warta.Storyline, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("storylines: begin: %w", err)
	}
	defer tx.Rollback()
	stories := []warta.Storyline{}
	storyIndex := make(map[string]int)
	rows, err := tx.QueryContext(ctx, `SELECT id, title, start_date, end_date FROM storylines ORDER BY start_date, ordinal`)
	if err != nil {
		return nil, fmt.Errorf("storylines: %w", err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		st := warta.Storyline{Events: []warta.Event{}}
		if err := rows.Scan(&st.ID, &st.Title, &st.Start, &st.End); err != nil {
			return err
		}
		storyIndex[st.ID] = len(stories)
		stories = append(stories, st)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storylines: %w", err)
	}
	type place struct{ story, event int }
	eventIndex := make(map[string]place)
	rows, err = tx.QueryContext(ctx, `SELECT id, storyline_id, title, date FROM events ORDER BY storyline_id, ordinal`)
	if err != nil {
		return nil, fmt.Errorf("storylines: events: %w", err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		ev := warta.Event{Articles: []string{}}
		if err := rows.Scan(&ev.ID, &ev.StorylineID, &ev.Title, &ev.Date); err != nil {
			return err
		}
		i, ok := storyIndex[ev.StorylineID]
		if !ok {
			return fmt.Errorf("event %q of unknown storyline %q", ev.ID, ev.StorylineID)
		}
		eventIndex[ev.ID] = place{i, len(stories[i].Events)}
		stories[i].Events = append(stories[i].Events, ev)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storylines: events: %w", err)
	}
	rows, err = tx.QueryContext(ctx, `SELECT event_id, article_id FROM event_articles ORDER BY event_id, ordinal`)
	if err != nil {
		return nil, fmt.Errorf("storylines: event articles: %w", err)
	}
	err = scanEach(rows, func(rows *sql.Rows) error {
		var eid, aid string
		if err := rows.Scan(&eid, &aid); err != nil {
			return err
		}
		p, ok := eventIndex[eid]
		if !ok {
			return fmt.Errorf("article %q of unknown event %q", aid, eid)
		}
		ev := &stories[p.story].Events[p.event]
		ev.Articles = append(ev.Articles, aid)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storylines: event articles: %w", err)
	}
	return stories, nil
}
