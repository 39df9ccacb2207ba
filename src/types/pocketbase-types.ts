/**
* This file was @generated using pocketbase-typegen
*/

import type PocketBase from 'pocketbase'
import type { RecordService } from 'pocketbase'

export const Collections = {
	Authorigins: "_authOrigins",
	Externalauths: "_externalAuths",
	Mfas: "_mfas",
	Otps: "_otps",
	Superusers: "_superusers",
	ActivationCodes: "activation_codes",
	Appointments: "appointments",
	AuditLog: "audit_log",
	Contacts: "contacts",
	ContentEntries: "content_entries",
	ContentVersions: "content_versions",
	Milestones: "milestones",
	Municipalities: "municipalities",
	Plans: "plans",
	Shares: "shares",
	SiteBuilds: "site_builds",
	Users: "users",
} as const
export type Collections = typeof Collections[keyof typeof Collections]

// Alias types for improved usability
export type IsoDateString = string
export type IsoAutoDateString = string & { readonly autodate: unique symbol }
export type RecordIdString = string
export type FileNameString = string & { readonly filename: unique symbol }
export type HTMLString = string

type ExpandType<T> = unknown extends T
	? T extends unknown
		? { expand?: unknown }
		: { expand: T }
	: { expand: T }

// System fields
export type BaseSystemFields<T = unknown> = {
	id: RecordIdString
	collectionId: string
	collectionName: Collections
} & ExpandType<T>

export type AuthSystemFields<T = unknown> = {
	email: string
	emailVisibility: boolean
	username: string
	verified: boolean
} & BaseSystemFields<T>

// Record types for each collection

export type AuthoriginsRecord = {
	collectionRef: string
	created: IsoAutoDateString
	fingerprint: string
	id: string
	recordRef: string
	updated: IsoAutoDateString
}

export type ExternalauthsRecord = {
	collectionRef: string
	created: IsoAutoDateString
	id: string
	provider: string
	providerId: string
	recordRef: string
	updated: IsoAutoDateString
}

export type MfasRecord = {
	collectionRef: string
	created: IsoAutoDateString
	id: string
	method: string
	recordRef: string
	updated: IsoAutoDateString
}

export type OtpsRecord = {
	collectionRef: string
	created: IsoAutoDateString
	id: string
	password: string
	recordRef: string
	sentTo?: string
	updated: IsoAutoDateString
}

export type SuperusersRecord = {
	created: IsoAutoDateString
	email: string
	emailVisibility?: boolean
	id: string
	password: string
	tokenKey: string
	updated: IsoAutoDateString
	verified?: boolean
}

export type ActivationCodesRecord = {
	code_hash: string
	created: IsoAutoDateString
	created_by?: RecordIdString
	expires: IsoDateString
	id: string
	user: RecordIdString
}

export const AppointmentsStatusOptions = {
	"planned": "planned",
	"cancelled": "cancelled",
	"done": "done",
} as const
export type AppointmentsStatusOptions = typeof AppointmentsStatusOptions[keyof typeof AppointmentsStatusOptions]
export type AppointmentsRecord = {
	created: IsoAutoDateString
	ends?: IsoDateString
	id: string
	interpreter?: boolean
	place?: string
	plan: RecordIdString
	starts: IsoDateString
	status: AppointmentsStatusOptions
	title: string
	updated: IsoAutoDateString
	with?: string
}

export type AuditLogRecord = {
	action: string
	actor: string
	at: IsoAutoDateString
	collection: string
	detail?: string
	id: string
	municipality?: string
	plan?: string
	record?: string
}

export const ContactsRoleOptions = {
	"caseworker": "caseworker",
	"volunteer": "volunteer",
	"guardian": "guardian",
	"organisation": "organisation",
	"other": "other",
} as const
export type ContactsRoleOptions = typeof ContactsRoleOptions[keyof typeof ContactsRoleOptions]
export type ContactsRecord = {
	created: IsoAutoDateString
	email?: string
	id: string
	name: string
	note?: string
	organisation?: string
	phone?: string
	plan: RecordIdString
	role: ContactsRoleOptions
	updated: IsoAutoDateString
}

export const ContentEntriesKindOptions = {
	"guide": "guide",
	"glossary": "glossary",
	"namespace": "namespace",
	"municipality": "municipality",
	"pack": "pack",
} as const
export type ContentEntriesKindOptions = typeof ContentEntriesKindOptions[keyof typeof ContentEntriesKindOptions]
export type ContentEntriesRecord = {
	checked_on?: string
	created: IsoAutoDateString
	head_version?: RecordIdString
	id: string
	import_version?: RecordIdString
	key: string
	kind: ContentEntriesKindOptions
	locale?: string
	municipality?: RecordIdString
	path: string
	published_at?: IsoDateString
	published_version?: RecordIdString
	updated: IsoAutoDateString
	upstream_changed?: boolean
	upstream_version?: RecordIdString
}

export const ContentVersionsStatusOptions = {
	"draft": "draft",
	"published": "published",
	"upstream": "upstream",
	"conflict": "conflict",
} as const
export type ContentVersionsStatusOptions = typeof ContentVersionsStatusOptions[keyof typeof ContentVersionsStatusOptions]

export const ContentVersionsOriginOptions = {
	"import": "import",
	"edit": "edit",
} as const
export type ContentVersionsOriginOptions = typeof ContentVersionsOriginOptions[keyof typeof ContentVersionsOriginOptions]

export const ContentVersionsTranslationStatusOptions = {
	"machine": "machine",
	"reviewed": "reviewed",
} as const
export type ContentVersionsTranslationStatusOptions = typeof ContentVersionsTranslationStatusOptions[keyof typeof ContentVersionsTranslationStatusOptions]
export type ContentVersionsRecord = {
	author?: RecordIdString
	base_version?: RecordIdString
	body: string
	created: IsoAutoDateString
	entry: RecordIdString
	id: string
	origin: ContentVersionsOriginOptions
	reviewed_at?: IsoDateString
	reviewed_by?: RecordIdString
	source_hash?: string
	status: ContentVersionsStatusOptions
	translation_status?: ContentVersionsTranslationStatusOptions
}

export const MilestonesKindOptions = {
	"welcome_letter": "welcome_letter",
	"intro_internship": "intro_internship",
	"guided_tour": "guided_tour",
	"medical_check": "medical_check",
	"jobcenter_meeting": "jobcenter_meeting",
	"integration_program_start": "integration_program_start",
	"integration_contract": "integration_contract",
	"danish_lessons_start": "danish_lessons_start",
	"visitation": "visitation",
	"health_assessment_offer": "health_assessment_offer",
	"contract_follow_up": "contract_follow_up",
	"digital_denmark": "digital_denmark",
	"children_school_daycare": "children_school_daycare",
	"family_support": "family_support",
	"volunteer_guardian": "volunteer_guardian",
	"program_end": "program_end",
} as const
export type MilestonesKindOptions = typeof MilestonesKindOptions[keyof typeof MilestonesKindOptions]

export const MilestonesStatusOptions = {
	"open": "open",
	"done": "done",
	"skipped": "skipped",
} as const
export type MilestonesStatusOptions = typeof MilestonesStatusOptions[keyof typeof MilestonesStatusOptions]
export type MilestonesRecord = {
	created: IsoAutoDateString
	done_at?: IsoDateString
	due?: IsoDateString
	id: string
	kind: MilestonesKindOptions
	note?: string
	plan: RecordIdString
	status: MilestonesStatusOptions
	updated: IsoAutoDateString
}

export type MunicipalitiesRecord = {
	created: IsoAutoDateString
	id: string
	name: string
	slug: string
	updated: IsoAutoDateString
}

export const PlansBasisOptions = {
	"refugee": "refugee",
	"quota_refugee": "quota_refugee",
	"family_reunified_to_refugee": "family_reunified_to_refugee",
	"family_reunified_other": "family_reunified_other",
} as const
export type PlansBasisOptions = typeof PlansBasisOptions[keyof typeof PlansBasisOptions]
export type PlansRecord<Thousehold = unknown> = {
	arrival_date: IsoDateString
	basis: PlansBasisOptions
	caseworker?: RecordIdString
	created: IsoAutoDateString
	household: null | Thousehold
	id: string
	language: string
	municipality: RecordIdString
	refugee: RecordIdString
	responsibility_date: IsoDateString
	updated: IsoAutoDateString
}

export const SharesScopeOptions = {
	"appointments": "appointments",
	"contacts": "contacts",
	"milestones": "milestones",
} as const
export type SharesScopeOptions = typeof SharesScopeOptions[keyof typeof SharesScopeOptions]
export type SharesRecord = {
	created: IsoAutoDateString
	created_by: RecordIdString
	expires: IsoDateString
	id: string
	plan: RecordIdString
	revoked?: boolean
	scope: SharesScopeOptions[]
	token_hash: string
	updated: IsoAutoDateString
}

export const SiteBuildsStatusOptions = {
	"queued": "queued",
	"building": "building",
	"live": "live",
	"failed": "failed",
} as const
export type SiteBuildsStatusOptions = typeof SiteBuildsStatusOptions[keyof typeof SiteBuildsStatusOptions]
export type SiteBuildsRecord = {
	created: IsoAutoDateString
	duration_ms?: number
	error?: string
	finished_at?: IsoDateString
	id: string
	log_tail?: string
	requested_at?: IsoDateString
	requested_by?: RecordIdString
	started_at?: IsoDateString
	status: SiteBuildsStatusOptions
	updated: IsoAutoDateString
}

export const UsersRoleOptions = {
	"refugee": "refugee",
	"caseworker": "caseworker",
	"volunteer": "volunteer",
	"editor": "editor",
	"translator": "translator",
} as const
export type UsersRoleOptions = typeof UsersRoleOptions[keyof typeof UsersRoleOptions]
export type UsersRecord = {
	access_reset_at?: IsoDateString
	activated_at?: IsoDateString
	created: IsoAutoDateString
	deactivated?: boolean
	email: string
	emailVisibility?: boolean
	id: string
	language?: string
	languages?: string
	municipality?: RecordIdString
	name?: string
	password: string
	role: UsersRoleOptions
	tokenKey: string
	updated: IsoAutoDateString
	verified?: boolean
}

// Response types include system fields and match responses from the PocketBase API
export type AuthoriginsResponse<Texpand = unknown> = Required<AuthoriginsRecord> & BaseSystemFields<Texpand>
export type ExternalauthsResponse<Texpand = unknown> = Required<ExternalauthsRecord> & BaseSystemFields<Texpand>
export type MfasResponse<Texpand = unknown> = Required<MfasRecord> & BaseSystemFields<Texpand>
export type OtpsResponse<Texpand = unknown> = Required<OtpsRecord> & BaseSystemFields<Texpand>
export type SuperusersResponse<Texpand = unknown> = Required<SuperusersRecord> & AuthSystemFields<Texpand>
export type ActivationCodesResponse<Texpand = unknown> = Required<ActivationCodesRecord> & BaseSystemFields<Texpand>
export type AppointmentsResponse<Texpand = unknown> = Required<AppointmentsRecord> & BaseSystemFields<Texpand>
export type AuditLogResponse<Texpand = unknown> = Required<AuditLogRecord> & BaseSystemFields<Texpand>
export type ContactsResponse<Texpand = unknown> = Required<ContactsRecord> & BaseSystemFields<Texpand>
export type ContentEntriesResponse<Texpand = unknown> = Required<ContentEntriesRecord> & BaseSystemFields<Texpand>
export type ContentVersionsResponse<Texpand = unknown> = Required<ContentVersionsRecord> & BaseSystemFields<Texpand>
export type MilestonesResponse<Texpand = unknown> = Required<MilestonesRecord> & BaseSystemFields<Texpand>
export type MunicipalitiesResponse<Texpand = unknown> = Required<MunicipalitiesRecord> & BaseSystemFields<Texpand>
export type PlansResponse<Thousehold = unknown, Texpand = unknown> = Required<PlansRecord<Thousehold>> & BaseSystemFields<Texpand>
export type SharesResponse<Texpand = unknown> = Required<SharesRecord> & BaseSystemFields<Texpand>
export type SiteBuildsResponse<Texpand = unknown> = Required<SiteBuildsRecord> & BaseSystemFields<Texpand>
export type UsersResponse<Texpand = unknown> = Required<UsersRecord> & AuthSystemFields<Texpand>

// Types containing all Records and Responses, useful for creating typing helper functions

export type CollectionRecords = {
	_authOrigins: AuthoriginsRecord
	_externalAuths: ExternalauthsRecord
	_mfas: MfasRecord
	_otps: OtpsRecord
	_superusers: SuperusersRecord
	activation_codes: ActivationCodesRecord
	appointments: AppointmentsRecord
	audit_log: AuditLogRecord
	contacts: ContactsRecord
	content_entries: ContentEntriesRecord
	content_versions: ContentVersionsRecord
	milestones: MilestonesRecord
	municipalities: MunicipalitiesRecord
	plans: PlansRecord
	shares: SharesRecord
	site_builds: SiteBuildsRecord
	users: UsersRecord
}

export type CollectionResponses = {
	_authOrigins: AuthoriginsResponse
	_externalAuths: ExternalauthsResponse
	_mfas: MfasResponse
	_otps: OtpsResponse
	_superusers: SuperusersResponse
	activation_codes: ActivationCodesResponse
	appointments: AppointmentsResponse
	audit_log: AuditLogResponse
	contacts: ContactsResponse
	content_entries: ContentEntriesResponse
	content_versions: ContentVersionsResponse
	milestones: MilestonesResponse
	municipalities: MunicipalitiesResponse
	plans: PlansResponse
	shares: SharesResponse
	site_builds: SiteBuildsResponse
	users: UsersResponse
}

// Utility types for create/update operations

type ProcessCreateAndUpdateFields<T> = Omit<{
	// Omit AutoDate fields
	[K in keyof T as Extract<T[K], IsoAutoDateString> extends never ? K : never]: 
		// Convert FileNameString to File
		T[K] extends infer U ? 
			U extends (FileNameString | FileNameString[]) ? 
				U extends any[] ? File[] : File 
			: U
		: never
}, 'id'>

// Create type for Auth collections
export type CreateAuth<T> = {
	id?: RecordIdString
	email: string
	emailVisibility?: boolean
	password: string
	passwordConfirm: string
	verified?: boolean
} & ProcessCreateAndUpdateFields<T>

// Create type for Base collections
export type CreateBase<T> = {
	id?: RecordIdString
} & ProcessCreateAndUpdateFields<T>

// Update type for Auth collections
export type UpdateAuth<T> = Partial<
	Omit<ProcessCreateAndUpdateFields<T>, keyof AuthSystemFields>
> & {
	email?: string
	emailVisibility?: boolean
	oldPassword?: string
	password?: string
	passwordConfirm?: string
	verified?: boolean
}

// Update type for Base collections
export type UpdateBase<T> = Partial<
	Omit<ProcessCreateAndUpdateFields<T>, keyof BaseSystemFields>
>

// Get the correct create type for any collection
export type Create<T extends keyof CollectionResponses> =
	CollectionResponses[T] extends AuthSystemFields
		? CreateAuth<CollectionRecords[T]>
		: CreateBase<CollectionRecords[T]>

// Get the correct update type for any collection
export type Update<T extends keyof CollectionResponses> =
	CollectionResponses[T] extends AuthSystemFields
		? UpdateAuth<CollectionRecords[T]>
		: UpdateBase<CollectionRecords[T]>

// Type for usage with type asserted PocketBase instance
// https://github.com/pocketbase/js-sdk#specify-typescript-definitions

export type TypedPocketBase = {
	collection<T extends keyof CollectionResponses>(
		idOrName: T
	): RecordService<CollectionResponses[T]>
} & PocketBase
