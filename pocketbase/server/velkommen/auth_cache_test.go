package velkommen

import (
	"testing"
	"time"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/security"
)

// The cache's own bookkeeping; that it follows every change of a real PocketBase is proved end to end in
// tests/integration/auth-token-cache.test.ts.
func TestAuthTokenCache(t *testing.T) {
	users := core.NewAuthCollection("users")
	person := core.NewRecord(users)
	person.Id = "person"
	person.Set("name", "Amina")
	signed := func(lifetime time.Duration) string {
		token, err := security.NewJWT(map[string]any{"id": person.Id}, "secret", lifetime)
		if err != nil {
			t.Fatal(err)
		}
		return token
	}

	cases := []struct {
		name    string
		token   string
		prepare func(cache *authTokenCache, token string)
		wantHit bool
	}{
		{"stored at the current generation: answered", signed(time.Hour), func(cache *authTokenCache, token string) {
			cache.store(token, person, cache.currentGeneration())
		}, true},
		{"a write while the user was read: not stored", signed(time.Hour), func(cache *authTokenCache, token string) {
			generation := cache.currentGeneration()
			cache.forgetUser(recordEvent(person))
			cache.store(token, person, generation)
		}, false},
		{"that user written after: gone", signed(time.Hour), func(cache *authTokenCache, token string) {
			cache.store(token, person, cache.currentGeneration())
			cache.forgetUser(recordEvent(person))
		}, false},
		{"another user written after: kept", signed(time.Hour), func(cache *authTokenCache, token string) {
			cache.store(token, person, cache.currentGeneration())
			other := core.NewRecord(users)
			other.Id = "other"
			cache.forgetUser(recordEvent(other))
		}, true},
		{"a collection changed after: gone", signed(time.Hour), func(cache *authTokenCache, token string) {
			cache.store(token, person, cache.currentGeneration())
			cache.forgetAll(collectionEvent(users))
		}, false},
		{"the token expired: not answered", signed(-time.Second), func(cache *authTokenCache, token string) {
			cache.store(token, person, cache.currentGeneration())
		}, false},
		{"verified longer ago than freshFor: not answered", signed(time.Hour), func(cache *authTokenCache, token string) {
			cache.store(token, person, cache.currentGeneration())
			entry := cache.entries[token]
			entry.verified = time.Now().Add(-authTokensFreshFor)
			cache.entries[token] = entry
		}, false},
		{"not a token: not stored", "not-a-jwt", func(cache *authTokenCache, token string) {
			cache.store(token, person, cache.currentGeneration())
		}, false},
	}
	for _, test := range cases {
		t.Run(test.name, func(t *testing.T) {
			cache := newAuthTokenCache()
			test.prepare(cache, test.token)
			got := cache.lookup(test.token)
			if (got != nil) != test.wantHit {
				t.Fatalf("lookup answered %v, want an answer: %v", got != nil, test.wantHit)
			}
			if got != nil && (got == person || got.GetString("name") != "Amina") {
				t.Fatalf("the answer must be a copy of the stored record")
			}
		})
	}
}

// A request that changes its copy of the record leaves the cached one as it was.
func TestAuthTokenCacheHandsOutCopies(t *testing.T) {
	person := core.NewRecord(core.NewAuthCollection("users"))
	person.Id = "person"
	person.Set("name", "Amina")
	token, err := security.NewJWT(map[string]any{"id": person.Id}, "secret", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	cache := newAuthTokenCache()
	cache.store(token, person, cache.currentGeneration())
	cache.lookup(token).Set("name", "changed by a request")
	if name := cache.lookup(token).GetString("name"); name != "Amina" {
		t.Fatalf("the cached record changed to %q", name)
	}
}

func recordEvent(record *core.Record) *core.RecordEvent {
	event := &core.RecordEvent{}
	event.Record = record
	return event
}

func collectionEvent(collection *core.Collection) *core.CollectionEvent {
	event := &core.CollectionEvent{}
	event.Collection = collection
	return event
}
