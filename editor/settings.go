package editor

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
)

// Keys of the settings table used by the archive itself.
const (
	settingSeeded      = "archive.seeded"
	settingPreferences = "preferences"
)

// Defaults of a new archive.
var (
	defaultBulletinName = "组工信息"
	defaultSections     = []string{"市内信息", "市外参考"}
	defaultDistribution = []DistributionLine{
		{Label: "报", Text: "省委组织部，本部领导。"},
		{Label: "送", Text: "各县（市、区）委书记、组织部长，市委各部委负责同志。"},
		{Label: "发", Text: "各县（市、区）委组织部。"},
	}
)

// seed gives a new archive its bulletin, sections, distribution and
// preferences, once: an archive whose user deleted them is not re-seeded.
func (a *Archive) seed(ctx context.Context) error {
	return a.tx(ctx, func(tx *sql.Tx) error {
		if err := seedScoring(ctx, tx); err != nil { // default 计分办法 and quotas, on archives without rules (stats_quota.go)
			return err
		}
		if _, err := settingTx(ctx, tx, settingSeeded); err == nil {
			return nil
		} else if !errors.Is(err, ErrNotFound) {
			return err
		}
		b := Bulletin{Name: defaultBulletinName, Sections: defaultSections, Distribution: defaultDistribution}
		if err := saveBulletinTx(ctx, tx, &b); err != nil {
			return fmt.Errorf("seed the archive: %w", err)
		}
		p, err := json.Marshal(DefaultPreferences())
		if err != nil {
			return err
		}
		if err := setSettingTx(ctx, tx, settingPreferences, string(p)); err != nil {
			return err
		}
		return setSettingTx(ctx, tx, settingSeeded, nowStamp())
	})
}

// Setting is the value stored under key; ErrNotFound when there is none.
func (a *Archive) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := a.read(ctx, func(tx *sql.Tx) (err error) {
		v, err = settingTx(ctx, tx, key)
		return err
	})
	return v, err
}

// SetSetting stores value under key.
func (a *Archive) SetSetting(ctx context.Context, key, value string) error {
	return a.tx(ctx, func(tx *sql.Tx) error { return setSettingTx(ctx, tx, key, value) })
}

func settingTx(ctx context.Context, tx *sql.Tx, key string) (string, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("setting %q: %w", key, ErrNotFound)
	}
	return v, err
}

func setSettingTx(ctx context.Context, tx *sql.Tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("save setting %q: %w", key, err)
	}
	return nil
}

// Preferences are the editor's settings; fields an older archive lacks keep
// their defaults.
func (a *Archive) Preferences(ctx context.Context) (Preferences, error) {
	p := DefaultPreferences()
	v, err := a.Setting(ctx, settingPreferences)
	if errors.Is(err, ErrNotFound) {
		return p, nil
	}
	if err != nil {
		return p, err
	}
	if err := json.Unmarshal([]byte(v), &p); err != nil {
		return DefaultPreferences(), fmt.Errorf("read the preferences: %w", err)
	}
	return p, nil
}

// SavePreferences stores the editor's settings.
func (a *Archive) SavePreferences(ctx context.Context, p Preferences) error {
	b, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("save the preferences: %w", err)
	}
	return a.SetSetting(ctx, settingPreferences, string(b))
}
