package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Channel is what the changes table's trigger NOTIFYs (migration 011).
const Channel = "bulletindesk"

// Notice is one NOTIFY of the changes trigger.
type Notice struct {
	Schema string `json:"schema"`
	Seq    int64  `json:"seq"`
	Client string `json:"client"`
	Author string `json:"author"`
	Kind   string `json:"kind"`
	ID     int64  `json:"id"`
}

// Listen LISTENs for the archive's changes on a connection of its own (a
// pooled one would be handed to other queries), calling fn with each
// Notice of the archive's own schema, until ctx ends. When the connection
// is lost (the server restarted, the network dropped) it connects again,
// waiting a little longer each time up to maxWait, and calls connected
// after each (re)connection so that the caller can read what it missed.
// name is the connection's application_name, to tell it in pg_stat_activity.
func Listen(ctx context.Context, dsn, name string, connected func(), fn func(Notice)) {
	wait := 500 * time.Millisecond
	const maxWait = 10 * time.Second
	for ctx.Err() == nil {
		err := listenOnce(ctx, dsn, name, func() { wait = 500 * time.Millisecond; connected() }, fn)
		if ctx.Err() != nil || err == nil {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, maxWait)
	}
}

// listenOnce is one connection's LISTEN, until it fails or ctx ends.
func listenOnce(ctx context.Context, dsn, name string, connected func(), fn func(Notice)) error {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return fmt.Errorf("read the connection %s: %w", Redact(dsn), err)
	}
	cfg.RuntimeParams["application_name"] = name
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return fmt.Errorf("connect to listen for changes: %w", err)
	}
	defer conn.Close(context.Background())
	var schema string
	if err := conn.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return fmt.Errorf("listen for changes: %w", err)
	}
	if _, err := conn.Exec(ctx, `LISTEN `+Channel); err != nil {
		return fmt.Errorf("listen for changes: %w", err)
	}
	connected()
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return fmt.Errorf("listen for changes: %w", err)
		}
		var notice Notice
		if json.Unmarshal([]byte(n.Payload), &notice) == nil && notice.Schema == schema {
			fn(notice)
		}
	}
}
