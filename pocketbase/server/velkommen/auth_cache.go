package velkommen

import (
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
)

// Verified sign-in tokens of the users collection, so a request with a token seen before skips PocketBase's
// FindAuthRecordByToken: a SQL read of the user and a Record built from it, a fifth of the dashboard's CPU at 100
// connections (issue 16). The answer is exactly what that function gives, because an entry ends when anything it
// depended on changes: any update or delete of that user (a password change, a deactivation and a role change all
// save the user, and the token key rotates with the first two), any change to a collection (the token secret is
// an option of the collection), and the token's own expiry. Superusers are never cached.
//
// freshFor bounds the staleness for a write that no hook sees: none is known (every write goes through
// PocketBase; a backup restore restarts it), but an operator editing the database by hand is covered within it.
const (
	authTokensFreshFor = 5 * time.Minute
	authTokensMax      = 50_000 // about 5 KB each; on overflow the cache starts again empty
)

// Runs just before PocketBase's own loadAuthToken, which skips a request whose e.Auth is already set.
const authTokenCachePriority = apis.DefaultLoadAuthTokenMiddlewarePriority - 1

type authTokenCache struct {
	mutex      sync.RWMutex
	generation uint64 // counts invalidations: a lookup that raced with one is not stored
	entries    map[string]verifiedToken
	tokensOf   map[string]map[string]struct{} // user id → their cached tokens
}

type verifiedToken struct {
	record   *core.Record // never handed out: each request gets its own Clone
	expires  time.Time
	verified time.Time
}

func newAuthTokenCache() *authTokenCache {
	return &authTokenCache{entries: map[string]verifiedToken{}, tokensOf: map[string]map[string]struct{}{}}
}

func (cache *authTokenCache) middleware(e *core.RequestEvent) error {
	if e.Auth != nil {
		return e.Next()
	}
	token := authTokenFromRequest(e)
	if token == "" {
		return e.Next()
	}
	if record := cache.lookup(token); record != nil {
		e.Auth = record
		return e.Next()
	}
	generation := cache.currentGeneration()
	record, err := e.App.FindAuthRecordByToken(token, core.TokenTypeAuth)
	if err != nil || record == nil {
		// Left to loadAuthToken, which tries once more and logs the failure as PocketBase does.
		return e.Next()
	}
	if record.Collection().Name == "users" {
		cache.store(token, record, generation) // keeps a copy of its own
	}
	e.Auth = record // just read for this request: nobody else holds it
	return e.Next()
}

// The same reading as PocketBase's getAuthTokenFromRequest: the header, with or without "Bearer ".
func authTokenFromRequest(e *core.RequestEvent) string {
	token := e.Request.Header.Get("Authorization")
	if len(token) > 7 && strings.EqualFold(token[:7], "Bearer ") {
		return token[7:]
	}
	return token
}

func (cache *authTokenCache) lookup(token string) *core.Record {
	cache.mutex.RLock()
	entry, ok := cache.entries[token]
	cache.mutex.RUnlock()
	now := time.Now()
	if !ok || !now.Before(entry.expires) || now.Sub(entry.verified) >= authTokensFreshFor {
		return nil
	}
	return entry.record.Clone()
}

func (cache *authTokenCache) currentGeneration() uint64 {
	cache.mutex.RLock()
	defer cache.mutex.RUnlock()
	return cache.generation
}

func (cache *authTokenCache) store(token string, record *core.Record, generation uint64) {
	expires, ok := tokenExpiry(token)
	if !ok {
		return
	}
	cache.mutex.Lock()
	defer cache.mutex.Unlock()
	if cache.generation != generation {
		return // a write happened while the record was read: it may be the old one
	}
	if len(cache.entries) >= authTokensMax {
		cache.entries, cache.tokensOf = map[string]verifiedToken{}, map[string]map[string]struct{}{}
	}
	cache.entries[token] = verifiedToken{record: record.Clone(), expires: expires, verified: time.Now()}
	if cache.tokensOf[record.Id] == nil {
		cache.tokensOf[record.Id] = map[string]struct{}{}
	}
	cache.tokensOf[record.Id][token] = struct{}{}
}

// The token's "exp" claim; its signature was checked by FindAuthRecordByToken just before.
func tokenExpiry(token string) (time.Time, bool) {
	claims, err := security.ParseUnverifiedJWT(token)
	if err != nil {
		return time.Time{}, false
	}
	expiry, err := claims.GetExpirationTime()
	if err != nil || expiry == nil {
		return time.Time{}, false
	}
	return expiry.Time, true
}

func (cache *authTokenCache) forgetUser(e *core.RecordEvent) error {
	cache.mutex.Lock()
	cache.generation++
	for token := range cache.tokensOf[e.Record.Id] {
		delete(cache.entries, token)
	}
	delete(cache.tokensOf, e.Record.Id)
	cache.mutex.Unlock()
	return e.Next()
}

func (cache *authTokenCache) forgetAll(e *core.CollectionEvent) error {
	cache.mutex.Lock()
	cache.generation++
	cache.entries, cache.tokensOf = map[string]verifiedToken{}, map[string]map[string]struct{}{}
	cache.mutex.Unlock()
	return e.Next()
}

// bindAuthTokenInvalidation ends entries on every change they depend on. The Success hooks of a save inside a
// transaction run after its commit, so a request never caches a record that the transaction later rolls back.
func (cache *authTokenCache) bindInvalidation(app core.App) {
	app.OnRecordAfterUpdateSuccess("users").BindFunc(cache.forgetUser)
	app.OnRecordAfterDeleteSuccess("users").BindFunc(cache.forgetUser)
	app.OnCollectionAfterCreateSuccess().BindFunc(cache.forgetAll)
	app.OnCollectionAfterUpdateSuccess().BindFunc(cache.forgetAll)
	app.OnCollectionAfterDeleteSuccess().BindFunc(cache.forgetAll)
}
