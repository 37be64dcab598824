// Generated from /api/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: answers while the server runs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Running */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness for a load balancer: the database answers and its migrations are current
         * @description Answers 503 while the database is unreachable or behind the code, and once the server has begun shutting down, so a load balancer sends this node no new requests.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready to serve */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
                /** @description Not ready */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, or null: the browser app asks this on start (never a 401) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed-in user, or null */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionState"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Log in with username and password; sets the HttpOnly session cookie for the browser app */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Login"];
                };
            };
            responses: {
                /** @description Logged in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Log out: ends the session and clears the cookie */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the caller is: username, role, groups, chosen language */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Remember the caller's language and saved task filters for the browser app on every device */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MePatch"];
                };
            };
            responses: {
                /** @description The caller */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Users by name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewUser"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a user with their tokens and sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change role, groups, password, display name or disable a user */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserPatch"];
                };
            };
            responses: {
                /** @description The changed user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{username}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's API tokens (never the secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API token; the secret is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewApiToken"];
                };
            };
            responses: {
                /** @description The token */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedApiToken"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{username}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                    tokenId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's drafts, most recently saved first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Drafts without their XML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DraftSummary"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Save a new draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewDraft"];
                };
            };
            responses: {
                /** @description The draft at version 1 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Draft"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the caller’s drafts with its XML */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The draft */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Draft"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Save a draft over the version it was made on
         * @description Answers 409 `draft-version-conflict` when the draft was saved elsewhere since `version` (another tab or machine); `details` names the stored `version` and when it was saved (`savedAt`), and nothing is overwritten.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DraftSave"];
                };
            };
            responses: {
                /** @description The draft at its new version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Draft"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete one of the caller’s drafts */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{username}/absence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark someone away or back: round-robin and least-busy lanes skip them while away
         * @description Supervisors mark members of the groups they steer; 403 for anyone else. Their access is unchanged.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Absence"];
                };
            };
            responses: {
                /** @description The user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The teams the caller steers: members, who is away and their open tasks
         * @description Supervisors see their own groups; analysts and above every group.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Teams by group name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deployments with their definition versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deployments, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deployment"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Deploy BPMN files
         * @description JSON `{ name, xml }`, or multipart with one or more `file` parts. Each executable process becomes a new version; byte-identical XML makes none (`duplicate: true`). A diagram that cannot run answers 422 with the named problems.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["DeployJson"];
                    "multipart/form-data": components["schemas"]["DeployMultipart"];
                };
            };
            responses: {
                /** @description Deployed; `duplicate` marks files already deployed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeployReply"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The BPMN failed validation; `details.problems` names elements and lines */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deployments/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run: the problems a deployment of this XML would meet, without deploying it
         * @description Always 200 with every problem the validator finds, each with its element and line: `error` problems would refuse the deployment, `warning` ones would be kept with the version. The modeler asks this before it deploys.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DeployJson"];
                };
            };
            responses: {
                /** @description The problems; none means it would deploy cleanly */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeploymentCheck"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List process definitions, latest versions or all */
        get: {
            parameters: {
                query?: {
                    /** @description Only the latest version of each process */
                    latest?: "true" | "false";
                    processId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Definitions by process id and version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessDefinition"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-definitions/startable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the caller may start: the latest version of each such process, with its start form
         * @description Staff and supervisors get the processes naming them or one of their groups as candidate starter; developers and above every process.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Processes to start, by process id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StartableProcess"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-definitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a definition version (a process id names its latest version)
         * @description Supervisors read the versions that have one of their lanes; 404 for any other.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A definition id, or a process id for its latest version */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The definition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessDefinition"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a version that no running instance uses */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A definition id, or a process id for its latest version */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-definitions/{id}/xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The BPMN XML a version was deployed from
         * @description Supervisors read the versions that have one of their lanes; 404 for any other.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A definition id, or a process id for its latest version */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description BPMN 2.0 XML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": string;
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-definitions/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an instance with a business key and variables
         * @description Open to candidate starters of the process (`camunda:candidateStarterGroups` / `camunda:candidateStarterUsers`) and to developers; 403 for anyone else. Variables are checked against the start form (400 naming the field).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A definition id, or a process id for its latest version */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["StartInstance"];
                };
            };
            responses: {
                /** @description The new instance where its tokens came to rest */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessInstance"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and filter process instances, oldest first */
        get: {
            parameters: {
                query?: {
                    processId?: string;
                    definitionId?: string;
                    businessKey?: string;
                    status?: "active" | "completed" | "terminated" | "cancelled";
                    startedAfter?: string;
                    startedBefore?: string;
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of instances */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessInstancePage"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an instance with its active elements, tokens and variables
         * @description Supervisors read the instances their lanes worked on (a task offered to one of their groups, or a promise in a lane they steer); 404 for any other.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The instance */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessInstance"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-instances/{id}/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set process variables */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SetVariables"];
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-instances/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a running instance until it is resumed
         * @description Its timers and retries wait (SLA clocks keep running), its tasks cannot be claimed or completed, its external tasks are not fetched, messages and signals pass it by. Suspending a suspended instance changes nothing; 409 once it ended.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-instances/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a suspended instance
         * @description Timers that fell due while it was suspended fire at once. 409 once it ended.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-instances/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a running instance */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CancelInstance"];
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-instances/{id}/slas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The SLAs of an instance, running and closed, oldest first
         * @description Supervisors see the SLAs of the lanes they steer; 404 when the instance has none of those.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description SLA records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sla"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/process-instances/{id}/slas/{slaId}/retarget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a running SLA a new target, counted from its start; the task due date and timers move with it
         * @description Time already spent and paused stays spent. 409 when the SLA has closed; 403 for a supervisor when the SLA belongs to a lane they do not steer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slaId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RetargetSla"];
                };
            };
            responses: {
                /** @description The SLA with its new target */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sla"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks the caller may see
         * @description Filters combine with AND. Pages are keyset cursors: stable while tasks are created and completed. Each task carries its SLA and its process's name as drawn (`processName`); `slaState=at-risk,breached` keeps the tasks whose SLA is in one of the states.
         */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "completed" | "cancelled";
                    candidateGroup?: string;
                    candidateUser?: string;
                    assignee?: string;
                    lane?: string;
                    processId?: string;
                    businessKey?: string;
                    instanceId?: string;
                    dueBefore?: string;
                    dueAfter?: string;
                    /** @description Tasks whose request's promise falls due before this time (now: broken promises) */
                    promiseDueBefore?: string;
                    promiseDueAfter?: string;
                    createdBefore?: string;
                    createdAfter?: string;
                    /** @description Comma-separated SLA states (on-time, at-risk, breached, met, cancelled) */
                    slaState?: string;
                    /** @description `due`: soonest first, undated last, then priority, then age. `promise`: the request's promise soonest first (broken ones lead), tasks without one last, then as `due` */
                    sort?: "created" | "due" | "priority" | "promise";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of tasks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskPage"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a task with its form and the variables it sees (its own and its scopes', nearest first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The task */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskDetail"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/diagram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The BPMN XML of the task's process version, for drawing where the task stands
         * @description Open to whoever sees the task (staff need not read process definitions to see their work in its diagram).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description BPMN 2.0 XML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": string;
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a task for yourself; 409 when someone else holds it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/unclaim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a claimed task back to its candidates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a task to a user, or clear the assignee with null */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssignTask"];
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand your task to someone else; history keeps you as its owner */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DelegateTask"];
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a task with variables; 409 when already completed, or claimed by someone else (developers and admins complete on the assignee's behalf, and history records both) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CompleteTask"];
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's comments, oldest first, while the caller sees the task (also once it ended) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The comments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskComment"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Comment on an open task as yourself: whoever may work the task or steers its lane (kept until the history clean-up removes the instance) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewTaskComment"];
                };
            };
            responses: {
                /** @description The comment written */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskComment"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-tasks/fetch-and-lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch and lock tasks of topics, waiting up to asyncResponseTimeout ms for work */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FetchAndLock"];
                };
            };
            responses: {
                /** @description Locked tasks, possibly none */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LockedExternalTask"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a locked task with variables */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CompleteExternalTask"];
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-tasks/{id}/failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a failure: retries left make it fetchable after retryTimeout ms, 0 raises an incident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExternalTaskFailure"];
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-tasks/{id}/bpmn-error": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Throw a BPMN error for an error boundary event to catch */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExternalTaskBpmnError"];
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-tasks/{id}/extend-lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the lock to now + newDuration ms */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExtendLock"];
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-tasks/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release the lock so any worker can fetch the task again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List incidents: tokens stuck on an error, waiting for an operator */
        get: {
            parameters: {
                query?: {
                    instanceId?: string;
                    /** @description Open (default) or resolved incidents */
                    open?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Incidents, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry: the stuck token runs its element again (external tasks get one more attempt) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correlate a message: reach exactly one waiting execution (or every one, with all), or start an instance
         * @description Camunda 7 semantics: a message that matches nothing, or several executions without `all`, is a 400 with the reason. A 409 means the matched execution moved on while the message was delivered. Below the developer role a message only starts processes that name the caller or a group of theirs as candidate starter (403 for another process) and reaches no waiting execution.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CorrelateMessage"];
                };
            };
            responses: {
                /** @description What the message reached */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CorrelationResults"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Broadcast a signal to every waiting signal catch, and start every process with that signal start */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BroadcastSignal"];
                };
            };
            responses: {
                /** @description How many executions and new instances the signal reached */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignalResult"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/process-instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity log of an instance, oldest first
         * @description Supervisors read the logs of the instances their lanes worked on; 404 for any other.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every history line of the instance */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HistoryEntry"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers by business key, latest request first
         * @description The business keys requests were opened with, each with its count of requests, those still running and when the latest started. Staff and supervisors see the customers of requests holding a task they see, and only those requests counted.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Business keys that start with this text, case as written */
                    prefix?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Customers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerList"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/customers/{businessKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The customer timeline: requests opened and resolved, tasks and who did them, messages, promises met, broken and escalated; newest first
         * @description Every instance with the business key, told with process, element and lane names. Staff and supervisors see the events of the tasks they see, and the other events of requests holding one; a page may then hold fewer events than `limit`. `detail=engine` (analysts and above) adds flows, gateways and variable writes.
         */
        get: {
            parameters: {
                query?: {
                    /** @description History lines a page covers; it holds at most this many events */
                    limit?: number;
                    /** @description `seq` to page back from */
                    before?: number;
                    /** @description `engine` adds every other history line (flows, gateways, variable writes); analysts and above */
                    detail?: "customer" | "engine";
                };
                header?: never;
                path: {
                    businessKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of the timeline */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerTimeline"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every SLA policy, ordered by id
         * @description A diagram reads a policy's target in an expression: `${slaPolicy('phone-immediate')}` by id, or `${slaPolicy(channel, 'first-response')}` by touchpoint and kind (else the policy of that kind for any touchpoint). `names` holds a policy's name per language (the shipped policies have English and Spanish): show `names[language]`, else `name`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The policies */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaPolicy"][];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an SLA policy (supervisors and above)
         * @description Answers 409 `sla-policy-exists` for an id in use and `sla-policy-clash` when another policy has the same touchpoint and kind. Instances started from then on get the new terms; running instances keep the promise they were given. A supervisor acts on a policy that deployed processes (their latest versions) read only when one of them has a lane the supervisor steers, before and after a change; otherwise 403 `sla-policy-not-steered`, naming the processes that read it (`details.processes`, `details.processNames`). A policy no process reads concerns no lane, so any supervisor acts on it. Analysts and above act on every policy. Which processes read a policy is found in their diagrams' `slaPolicy(...)` calls (a call whose touchpoint or kind is not a quoted literal may read any policy of that kind, or any).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewSlaPolicy"];
                };
            };
            responses: {
                /** @description The policy */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaPolicy"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One SLA policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaPolicy"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change an SLA policy (supervisors and above)
         * @description Replaces its terms; without `names`, the names per language are kept while `name` is unchanged and dropped when it changes. Answers 409 `sla-policy-clash` when another policy has the same touchpoint and kind. Instances started from then on get the new terms; running instances keep the promise they were given. A supervisor acts on a policy that deployed processes (their latest versions) read only when one of them has a lane the supervisor steers, before and after a change; otherwise 403 `sla-policy-not-steered`, naming the processes that read it (`details.processes`, `details.processNames`). A policy no process reads concerns no lane, so any supervisor acts on it. Analysts and above act on every policy. Which processes read a policy is found in their diagrams' `slaPolicy(...)` calls (a call whose touchpoint or kind is not a quoted literal may read any policy of that kind, or any).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SlaPolicyTerms"];
                };
            };
            responses: {
                /** @description The policy as changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaPolicy"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove an SLA policy (supervisors and above)
         * @description Answers 409 `sla-policy-in-use`, whoever asks, while a deployed process (its latest version) reads it and would find no policy without it, naming those processes in `details.processes` (ids) and `details.processNames` (as drawn): one that names it by id, or by touchpoint and kind when no other policy of that touchpoint and kind and no fallback of that kind for any touchpoint remains (a touchpoint's own policy may go while the fallback stays; its requests then get the fallback). Running instances keep the promises they were given, this policy's among them. A supervisor acts on a policy that deployed processes (their latest versions) read only when one of them has a lane the supervisor steers, before and after a change; otherwise 403 `sla-policy-not-steered`, naming the processes that read it (`details.processes`, `details.processNames`). A policy no process reads concerns no lane, so any supervisor acts on it. Analysts and above act on every policy. Which processes read a policy is found in their diagrams' `slaPolicy(...)` calls (a call whose touchpoint or kind is not a quoted literal may read any policy of that kind, or any).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The state changed: already completed, claimed by someone else, still in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/open-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open user tasks per lane and per process: overdue, and due within dueSoonMinutes
         * @description Supervisors count the lanes they steer only.
         */
        get: {
            parameters: {
                query?: {
                    dueSoonMinutes?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts of open work */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenWork"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SLA compliance per process, touchpoint, lane and SLA policy over a window, and the running SLAs per lane
         * @description Counts the SLAs that started in [from, to) by state; compliance is met / (met + breached). `openByLane` counts every running SLA, whenever it started: the on-time, at-risk and breached work now. `byPolicy` groups the SLAs by the SLA policy their target came from (`${slaPolicy(...)}`), those of none first. Supervisors get the lanes they steer only, and empty `byProcess` and `byPolicy` (a process or a policy spans lanes they do not steer).
         */
        get: {
            parameters: {
                query?: {
                    /** @description SLAs that started at or after this; default 30 days before `to` (or now) */
                    from?: string;
                    /** @description SLAs that started before this; default: up to now */
                    to?: string;
                    processId?: string;
                    /** @description Adds `trend`, counted per hour or per 24 hours from `from` (send `from` at a midnight for calendar days) */
                    bucket?: "hour" | "day";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description SLA compliance */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaMetrics"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The escalations of a window, newest first: work moved on after its promise broke
         * @description Read from the instances whose promises started in [from, to) and broke; each names the event that escalated (element) and the work it started (escalatedTo). Supervisors get those from or to a lane they steer.
         */
        get: {
            parameters: {
                query: {
                    from: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Escalations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalations"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many instances of each definition version are in each status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts per version and status */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InstanceCounts"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/process-definitions/{id}/elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Passes and mean durations per element of a definition version, for a heat map
         * @description Passes started, completed and cancelled and their mean duration in [from, to) (all time without them), the passes under way now (`active`), and the promises that started in the window and broke.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description A definition id, or a process id for its latest version */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per-element statistics from history */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ElementStatistics"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource, or one the caller may not see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/touchpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Life-cycle stages × touchpoints × the deployed processes (latest versions) that serve them
         * @description Every stage and touchpoint of the company's touchpoint map, served or not, then those only the processes name. A process serves a touchpoint where an element carries the `touchpoint` property; its stage is the element's `lifecycleStage`, else that of the process's start event.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The catalogue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TouchpointCatalogue"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The gaps: touchpoints no process serves, processes with no SLA, human tasks nobody can do, topics no worker serves
         * @description Over the latest version of each process. A human task is listed when none of the groups and users it is offered to has an enabled member who is not away (tasks whose people an expression chooses are left out); a topic when no worker asked for it within `workerWindowHours`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A topic counts as served when a worker asked for it within this many hours */
                    workerWindowHours?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The inventory */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventoryReport"];
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: `task.changed` and `sla.changed`, for every task the caller may see
         * @description `task.changed` carries a Task as JSON (with its SLA), `sla.changed` an Sla: staff get the SLAs of the tasks they see, analysts every SLA. A comment line every 25 s keeps proxies from closing the stream.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An event stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description The request breaks the schema or an engine rule; `details` names the field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The caller lacks the role this route needs */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Camunda 7 version this API follows: `{ version }` */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/engine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The engines this API serves: `[{ name: "default" }]` */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/deployment/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many deployments match */
        get: {
            parameters: {
                query?: {
                    id?: string;
                    name?: string;
                    nameLike?: string;
                    after?: string;
                    before?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/deployment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deployments (the Modeler checks the connection with `?maxResults=0`) */
        get: {
            parameters: {
                query?: {
                    id?: string;
                    name?: string;
                    nameLike?: string;
                    after?: string;
                    before?: string;
                    sortBy?: "id" | "name" | "deploymentTime" | "tenantId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/deployment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a deployment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a deployment and its process versions; with cascade, their running instances are cancelled first */
        delete: {
            parameters: {
                query?: {
                    cascade?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/deployment/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deploy files as one deployment, as Camunda Modeler does: multipart with deployment-name, deployment-source, enable-duplicate-filtering or deploy-changed-only, and one part per file
         * @description Every part is a resource of the one deployment; `*.bpmn` ones are parsed. With enable-duplicate-filtering, a deployment whose resources equal those of the latest deployment of the same name answers that one; deploy-changed-only deploys only the resources changed since their latest version under that name.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/deployment/{id}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A deployment's files */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/deployment/{id}/resources/{resourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One file of a deployment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    resourceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/deployment/{id}/resources/{resourceId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The content of one file of a deployment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    resourceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/deployment/{id}/redeploy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deploy a deployment again, whole or the resources named by id or name, as a new deployment of the same name */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        resourceIds?: string[] | null;
                        resourceNames?: string[] | null;
                        source?: string | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Running instances, failed jobs and incidents per process version */
        get: {
            parameters: {
                query?: {
                    failedJobs?: "true" | "false";
                    incidents?: "true" | "false";
                    incidentsForType?: string;
                    rootIncidents?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/{id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Running instances, failed jobs and incidents per activity of a version */
        get: {
            parameters: {
                query?: {
                    failedJobs?: "true" | "false";
                    incidents?: "true" | "false";
                    incidentsForType?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/key/{key}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-activity statistics of the latest version */
        get: {
            parameters: {
                query?: {
                    failedJobs?: "true" | "false";
                    incidents?: "true" | "false";
                    incidentsForType?: string;
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/key/{key}/xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The BPMN XML of the latest version: `{ id, bpmn20Xml }` */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/{id}/form-variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The start form's fields with their default values, typed */
        get: {
            parameters: {
                query?: {
                    variableNames?: string;
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/key/{key}/form-variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest version's start form fields with their default values */
        get: {
            parameters: {
                query?: {
                    variableNames?: string;
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a process definition by id */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a version; with cascade, its running instances are cancelled first */
        delete: {
            parameters: {
                query?: {
                    cascade?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/key/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the latest version of a process */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete every version of a process; with cascade, running instances are cancelled first */
        delete: {
            parameters: {
                query?: {
                    cascade?: "true" | "false";
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/{id}/startForm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The start form's key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/key/{key}/startForm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest version's start form key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/{id}/deployed-start-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deployed file the start form key or form reference names */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/key/{key}/deployed-start-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deployed file the latest version's start form names */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/{id}/history-time-to-live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sets a version's history time to live in days (null: the engine's default) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        historyTimeToLive: number | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/key/{key}/history-time-to-live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sets the latest version's history time to live in days (null: the engine's default) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        historyTimeToLive: number | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/{id}/diagram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The diagram image deployed beside the version (SVG); 204 when none */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/key/{key}/diagram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest version's diagram image (SVG); 204 when none */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many process definitions match (below the analyst role: of those the caller may start) */
        get: {
            parameters: {
                query?: {
                    processDefinitionId?: string;
                    processDefinitionIdIn?: string;
                    key?: string;
                    keysIn?: string;
                    name?: string;
                    version?: number | null;
                    deploymentId?: string;
                    latestVersion?: "true" | "false";
                    startableInTasklist?: "true" | "false";
                    notStartableInTasklist?: "true" | "false";
                    startablePermissionCheck?: "true" | "false";
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List process definitions (`key`, `latestVersion`, `startableInTasklist`, `startablePermissionCheck`, ...)
         * @description Below the analyst role the list holds only the processes the caller may start (candidate starters).
         */
        get: {
            parameters: {
                query?: {
                    processDefinitionId?: string;
                    processDefinitionIdIn?: string;
                    key?: string;
                    keysIn?: string;
                    name?: string;
                    version?: number | null;
                    deploymentId?: string;
                    latestVersion?: "true" | "false";
                    startableInTasklist?: "true" | "false";
                    notStartableInTasklist?: "true" | "false";
                    startablePermissionCheck?: "true" | "false";
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    sortBy?: "id" | "key" | "name" | "version" | "deploymentId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/{id}/xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The BPMN XML: `{ id, bpmn20Xml }` */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an instance of a version (what the Modeler calls after deploying)
         * @description Open to candidate starters of the process and to developers.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        businessKey?: string | null;
                        variables?: components["schemas"]["CamundaVariables"];
                        caseInstanceId?: string | null;
                        startInstructions?: unknown[] | null;
                        skipCustomListeners?: boolean | null;
                        skipIoMappings?: boolean | null;
                        withVariablesInReturn?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/key/{key}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an instance of the latest version of a process */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        businessKey?: string | null;
                        variables?: components["schemas"]["CamundaVariables"];
                        caseInstanceId?: string | null;
                        startInstructions?: unknown[] | null;
                        skipCustomListeners?: boolean | null;
                        skipIoMappings?: boolean | null;
                        withVariablesInReturn?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/{id}/submit-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an instance from its start form; the variables are checked against the form */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        businessKey?: string | null;
                        variables?: components["schemas"]["CamundaVariables"];
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/key/{key}/submit-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the latest version from its start form; the variables are checked against the form */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        businessKey?: string | null;
                        variables?: components["schemas"]["CamundaVariables"];
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query running process instances: filters, variable conditions, sorting and paging */
        get: {
            parameters: {
                query?: {
                    processInstanceIds?: string;
                    businessKey?: string;
                    businessKeyLike?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    processDefinitionKeyIn?: string;
                    processDefinitionKeyNotIn?: string;
                    superProcessInstance?: string;
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    variables?: string;
                    sortBy?: "instanceId" | "definitionKey" | "definitionId" | "businessKey";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The query of `GET /process-instance` as a JSON body (variables as `[{ name, operator, value }]`) */
        post: {
            parameters: {
                query?: {
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        processInstanceIds?: string[] | null;
                        businessKey?: string;
                        businessKeyLike?: string;
                        processDefinitionId?: string;
                        processDefinitionKey?: string;
                        processDefinitionKeyIn?: string[] | null;
                        processDefinitionKeyNotIn?: string[] | null;
                        superProcessInstance?: string;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        variables?: {
                            name: string;
                            /** @enum {string} */
                            operator: "eq" | "neq" | "gt" | "gteq" | "lt" | "lteq" | "like" | "notLike";
                            value: string | number | boolean | null;
                        }[] | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "instanceId" | "definitionKey" | "definitionId" | "businessKey";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-instance/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the running instances the same query returns: `{ count }` */
        get: {
            parameters: {
                query?: {
                    processInstanceIds?: string;
                    businessKey?: string;
                    businessKeyLike?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    processDefinitionKeyIn?: string;
                    processDefinitionKeyNotIn?: string;
                    superProcessInstance?: string;
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    variables?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The count of `POST /process-instance` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        processInstanceIds?: string[] | null;
                        businessKey?: string;
                        businessKeyLike?: string;
                        processDefinitionId?: string;
                        processDefinitionKey?: string;
                        processDefinitionKeyIn?: string[] | null;
                        processDefinitionKeyNotIn?: string[] | null;
                        superProcessInstance?: string;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        variables?: {
                            name: string;
                            /** @enum {string} */
                            operator: "eq" | "neq" | "gt" | "gteq" | "lt" | "lteq" | "like" | "notLike";
                            value: string | number | boolean | null;
                        }[] | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "instanceId" | "definitionKey" | "definitionId" | "businessKey";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-instance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a running instance; 404 once it ended, as in Camunda */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Cancel a running instance; with failIfNotExists=false an unknown id is no error */
        delete: {
            parameters: {
                query?: {
                    failIfNotExists?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-instance/{id}/activity-instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The activities a running instance is in now, under its process */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-instance/{id}/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The variables of a process instance, typed, nearest scope first */
        get: {
            parameters: {
                query?: {
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Set and remove variables of a process instance: `{ modifications, deletions }` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        modifications?: components["schemas"]["CamundaVariables"];
                        deletions?: string[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-instance/{id}/variables/{varName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One variable of a process instance, typed; 404 when absent */
        get: {
            parameters: {
                query?: {
                    deserializeValue?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Set one variable of a process instance from a typed value */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CamundaVariableValue"];
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Remove one variable of a process instance from the nearest scope holding it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-instance/{id}/suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Suspend or activate a running instance: `{ suspended }`
         * @description While suspended its jobs wait, its tasks and external tasks refuse work and messages and signals pass it by; 404 for an instance that is not running.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        suspended?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-instance/suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Suspend or activate the running instances of a version (`processDefinitionId`), a process (`processDefinitionKey`) or a list (`processInstanceIds`), at once */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        suspended?: boolean | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        processInstanceIds?: string[] | null;
                        processInstanceQuery?: unknown;
                        historicProcessInstanceQuery?: unknown;
                        processDefinitionTenantId?: string | null;
                        processDefinitionWithoutTenantId?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/{id}/suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Suspend or activate a version: no instance of it starts while suspended; `includeProcessInstances` takes its running instances along */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        suspended?: boolean | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        includeProcessInstances?: boolean | null;
                        executionDate?: string | null;
                        processDefinitionTenantId?: string | null;
                        processDefinitionWithoutTenantId?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/key/{key}/suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Suspend or activate every version of a process */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        suspended?: boolean | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        includeProcessInstances?: boolean | null;
                        executionDate?: string | null;
                        processDefinitionTenantId?: string | null;
                        processDefinitionWithoutTenantId?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/process-definition/suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Suspend or activate a version (`processDefinitionId`) or every version of a process (`processDefinitionKey`) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        suspended?: boolean | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        includeProcessInstances?: boolean | null;
                        executionDate?: string | null;
                        processDefinitionTenantId?: string | null;
                        processDefinitionWithoutTenantId?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/job/{id}/suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Suspend or activate one job: a suspended job does not run */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        suspended?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/job/suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Suspend or activate the jobs of an instance, a version or a process */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        suspended?: boolean | null;
                        jobDefinitionId?: string | null;
                        processInstanceId?: string | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        processDefinitionTenantId?: string | null;
                        processDefinitionWithoutTenantId?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query open tasks the caller may see, with Camunda's common filters,: filters, sorting and paging */
        get: {
            parameters: {
                query?: {
                    taskId?: string;
                    taskIdIn?: string;
                    processInstanceId?: string;
                    processInstanceIdIn?: string;
                    processInstanceBusinessKey?: string;
                    processInstanceBusinessKeyIn?: string;
                    processInstanceBusinessKeyLike?: string;
                    processDefinitionKey?: string;
                    processDefinitionKeyIn?: string;
                    processDefinitionId?: string;
                    executionId?: string;
                    taskDefinitionKey?: string;
                    taskDefinitionKeyIn?: string;
                    taskDefinitionKeyLike?: string;
                    name?: string;
                    nameLike?: string;
                    assignee?: string;
                    assigneeIn?: string;
                    assigneeLike?: string;
                    assigned?: "true" | "false";
                    unassigned?: "true" | "false";
                    candidateUser?: string;
                    candidateGroup?: string;
                    candidateGroups?: string;
                    includeAssignedTasks?: "true" | "false";
                    involvedUser?: string;
                    withCandidateGroups?: "true" | "false";
                    withoutCandidateGroups?: "true" | "false";
                    withCandidateUsers?: "true" | "false";
                    withoutCandidateUsers?: "true" | "false";
                    priority?: number | null;
                    minPriority?: number | null;
                    maxPriority?: number | null;
                    dueDate?: string;
                    dueBefore?: string;
                    dueAfter?: string;
                    withoutDueDate?: "true" | "false";
                    followUpDate?: string;
                    followUpBefore?: string;
                    followUpAfter?: string;
                    followUpBeforeOrNotExistent?: string;
                    createdOn?: string;
                    createdBefore?: string;
                    createdAfter?: string;
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    sortBy?: "id" | "name" | "assignee" | "created" | "dueDate" | "priority" | "instanceId" | "executionId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The query of `GET /task` as a JSON body */
        post: {
            parameters: {
                query?: {
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        taskId?: string | null;
                        taskIdIn?: string[] | null;
                        processInstanceId?: string | null;
                        processInstanceIdIn?: string[] | null;
                        processInstanceBusinessKey?: string | null;
                        processInstanceBusinessKeyIn?: string[] | null;
                        processInstanceBusinessKeyLike?: string | null;
                        processDefinitionKey?: string | null;
                        processDefinitionKeyIn?: string[] | null;
                        processDefinitionId?: string | null;
                        executionId?: string | null;
                        taskDefinitionKey?: string | null;
                        taskDefinitionKeyIn?: string[] | null;
                        taskDefinitionKeyLike?: string | null;
                        name?: string | null;
                        nameLike?: string | null;
                        assignee?: string | null;
                        assigneeIn?: string[] | null;
                        assigneeLike?: string | null;
                        assigned?: boolean | null;
                        unassigned?: boolean | null;
                        candidateUser?: string | null;
                        candidateGroup?: string | null;
                        candidateGroups?: string[] | null;
                        includeAssignedTasks?: boolean | null;
                        involvedUser?: string | null;
                        withCandidateGroups?: boolean | null;
                        withoutCandidateGroups?: boolean | null;
                        withCandidateUsers?: boolean | null;
                        withoutCandidateUsers?: boolean | null;
                        priority?: number | null;
                        minPriority?: number | null;
                        maxPriority?: number | null;
                        dueDate?: string | null;
                        dueBefore?: string | null;
                        dueAfter?: string | null;
                        withoutDueDate?: boolean | null;
                        followUpDate?: string | null;
                        followUpBefore?: string | null;
                        followUpAfter?: string | null;
                        followUpBeforeOrNotExistent?: string | null;
                        createdOn?: string | null;
                        createdBefore?: string | null;
                        createdAfter?: string | null;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "id" | "name" | "assignee" | "created" | "dueDate" | "priority" | "instanceId" | "executionId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the open tasks the caller may see, with Camunda's common filters, the same query lists: `{ count }` */
        get: {
            parameters: {
                query?: {
                    taskId?: string;
                    taskIdIn?: string;
                    processInstanceId?: string;
                    processInstanceIdIn?: string;
                    processInstanceBusinessKey?: string;
                    processInstanceBusinessKeyIn?: string;
                    processInstanceBusinessKeyLike?: string;
                    processDefinitionKey?: string;
                    processDefinitionKeyIn?: string;
                    processDefinitionId?: string;
                    executionId?: string;
                    taskDefinitionKey?: string;
                    taskDefinitionKeyIn?: string;
                    taskDefinitionKeyLike?: string;
                    name?: string;
                    nameLike?: string;
                    assignee?: string;
                    assigneeIn?: string;
                    assigneeLike?: string;
                    assigned?: "true" | "false";
                    unassigned?: "true" | "false";
                    candidateUser?: string;
                    candidateGroup?: string;
                    candidateGroups?: string;
                    includeAssignedTasks?: "true" | "false";
                    involvedUser?: string;
                    withCandidateGroups?: "true" | "false";
                    withoutCandidateGroups?: "true" | "false";
                    withCandidateUsers?: "true" | "false";
                    withoutCandidateUsers?: "true" | "false";
                    priority?: number | null;
                    minPriority?: number | null;
                    maxPriority?: number | null;
                    dueDate?: string;
                    dueBefore?: string;
                    dueAfter?: string;
                    withoutDueDate?: "true" | "false";
                    followUpDate?: string;
                    followUpBefore?: string;
                    followUpAfter?: string;
                    followUpBeforeOrNotExistent?: string;
                    createdOn?: string;
                    createdBefore?: string;
                    createdAfter?: string;
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The count of `POST /task` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        taskId?: string | null;
                        taskIdIn?: string[] | null;
                        processInstanceId?: string | null;
                        processInstanceIdIn?: string[] | null;
                        processInstanceBusinessKey?: string | null;
                        processInstanceBusinessKeyIn?: string[] | null;
                        processInstanceBusinessKeyLike?: string | null;
                        processDefinitionKey?: string | null;
                        processDefinitionKeyIn?: string[] | null;
                        processDefinitionId?: string | null;
                        executionId?: string | null;
                        taskDefinitionKey?: string | null;
                        taskDefinitionKeyIn?: string[] | null;
                        taskDefinitionKeyLike?: string | null;
                        name?: string | null;
                        nameLike?: string | null;
                        assignee?: string | null;
                        assigneeIn?: string[] | null;
                        assigneeLike?: string | null;
                        assigned?: boolean | null;
                        unassigned?: boolean | null;
                        candidateUser?: string | null;
                        candidateGroup?: string | null;
                        candidateGroups?: string[] | null;
                        includeAssignedTasks?: boolean | null;
                        involvedUser?: string | null;
                        withCandidateGroups?: boolean | null;
                        withoutCandidateGroups?: boolean | null;
                        withCandidateUsers?: boolean | null;
                        withoutCandidateUsers?: boolean | null;
                        priority?: number | null;
                        minPriority?: number | null;
                        maxPriority?: number | null;
                        dueDate?: string | null;
                        dueBefore?: string | null;
                        dueAfter?: string | null;
                        withoutDueDate?: boolean | null;
                        followUpDate?: string | null;
                        followUpBefore?: string | null;
                        followUpAfter?: string | null;
                        followUpBeforeOrNotExistent?: string | null;
                        createdOn?: string | null;
                        createdBefore?: string | null;
                        createdAfter?: string | null;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "id" | "name" | "assignee" | "created" | "dueDate" | "priority" | "instanceId" | "executionId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an open task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update a task as Camunda's TaskDto: every field is replaced (absent: null, priority 0); description, tenant, case and parent task only as null, owner and delegation state unchanged */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string | null;
                        priority?: number | null;
                        due?: string | null;
                        followUp?: string | null;
                        assignee?: string | null;
                        owner?: string | null;
                        /** @enum {string|null} */
                        delegationState?: "PENDING" | "RESOLVED" | null;
                        description?: string | null;
                        parentTaskId?: string | null;
                        caseInstanceId?: string | null;
                        tenantId?: string | null;
                        id?: string | null;
                        created?: string | null;
                        lastUpdated?: string | null;
                        executionId?: string | null;
                        processDefinitionId?: string | null;
                        processInstanceId?: string | null;
                        taskDefinitionKey?: string | null;
                        caseExecutionId?: string | null;
                        caseDefinitionId?: string | null;
                        suspended?: boolean | null;
                        formKey?: string | null;
                        camundaFormRef?: unknown;
                        taskState?: string | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/identity-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assignee and candidate users and groups: `[{ userId, groupId, type }]` */
        get: {
            parameters: {
                query?: {
                    type?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add a candidate user or group (`type: candidate`, supervisors of the lane, developers, admins) or the assignee (`type: assignee`) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId?: string | null;
                        groupId?: string | null;
                        type?: string | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a task: `{ userId }` (yourself unless admin); 500 `TaskAlreadyClaimedException` when someone else holds it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        userId?: string | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/unclaim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a task back to its candidates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a task with typed variables: 204, or 200 with the process variables when `withVariablesInReturn` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        variables?: components["schemas"]["CamundaVariables"];
                        withVariablesInReturn?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/bpmnError": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Throw a BPMN error from a task (Camunda's handleBpmnError): an error boundary event on it or an enclosing scope catches it, with the variables set first; uncaught, the task's path ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        errorCode?: string | null;
                        errorMessage?: string | null;
                        variables?: components["schemas"]["CamundaVariables"];
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/bpmnEscalation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate from a task (Camunda's handleEscalation): an escalation event on it or an enclosing scope catches it, with the variables set first; uncaught, a 400 and nothing changes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        escalationCode?: string | null;
                        variables?: components["schemas"]["CamundaVariables"];
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set (or clear, with null) the assignee of a task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId: string | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delegate a task: the assignee hands it on and stays its owner */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId: string | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a delegated task: it goes back to its owner, with variables set first */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        variables?: components["schemas"]["CamundaVariables"];
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/identity-links/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a candidate user or group, or the assignee (`type: assignee`, whoever it names) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId?: string | null;
                        groupId?: string | null;
                        type?: string | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/comment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's comments, oldest first (also once it ended) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/comment/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on an open task as the authenticated user (who works or steers it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message?: string | null;
                        processInstanceId?: string | null;
                        userId?: string | null;
                        id?: string | null;
                        taskId?: string | null;
                        time?: string | null;
                        removalTime?: string | null;
                        rootProcessInstanceId?: string | null;
                        links?: unknown[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/comment/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One comment of a task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    commentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's form key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/deployed-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deployed file the task's form key or form reference names */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/form-variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's form fields with the values they start with, typed */
        get: {
            parameters: {
                query?: {
                    variableNames?: string;
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/submit-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a task from its form: the variables are checked against it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        variables?: components["schemas"]["CamundaVariables"];
                        withVariablesInReturn?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The variables of a task, typed, nearest scope first */
        get: {
            parameters: {
                query?: {
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Set and remove variables of a task: `{ modifications, deletions }` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        modifications?: components["schemas"]["CamundaVariables"];
                        deletions?: string[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/variables/{varName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One variable of a task, typed; 404 when absent */
        get: {
            parameters: {
                query?: {
                    deserializeValue?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Set one variable of a task from a typed value */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CamundaVariableValue"];
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Remove one variable of a task from the nearest scope holding it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/localVariables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The variables of a task, typed, nearest scope first */
        get: {
            parameters: {
                query?: {
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Set and remove variables of a task: `{ modifications, deletions }` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        modifications?: components["schemas"]["CamundaVariables"];
                        deletions?: string[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/task/{id}/localVariables/{varName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One variable of a task, typed; 404 when absent */
        get: {
            parameters: {
                query?: {
                    deserializeValue?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Set one variable of a task from a typed value */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CamundaVariableValue"];
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Remove one variable of a task from the nearest scope holding it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correlate a message: 204, or 200 with an array of results when `resultEnabled`; 400 when it matches nothing or more than one target
         * @description Below the developer role a message only starts processes that name the caller or a group of theirs as candidate starter (403 for another process).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        messageName?: string | null;
                        businessKey?: string | null;
                        processInstanceId?: string | null;
                        tenantId?: string | null;
                        withoutTenantId?: boolean | null;
                        correlationKeys?: components["schemas"]["CamundaVariables"];
                        localCorrelationKeys?: components["schemas"]["CamundaVariables"];
                        processVariables?: components["schemas"]["CamundaVariables"];
                        processVariablesLocal?: components["schemas"]["CamundaVariables"];
                        processVariablesToTriggeredScope?: components["schemas"]["CamundaVariables"];
                        all?: boolean | null;
                        resultEnabled?: boolean | null;
                        variablesInResultEnabled?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/signal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Broadcast a signal to every waiting catch and signal start */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name?: string | null;
                        executionId?: string | null;
                        variables?: components["schemas"]["CamundaVariables"];
                        tenantId?: string | null;
                        withoutTenantId?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/metrics/{metricsName}/sum": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sum of a metric between startDate (inclusive) and endDate (exclusive): activity-instance-start and activity-instance-end */
        get: {
            parameters: {
                query?: {
                    startDate?: string;
                    endDate?: string;
                };
                header?: never;
                path: {
                    metricsName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/process-instance/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Durations of ended instances by the month or quarter they started in */
        get: {
            parameters: {
                query?: {
                    reportType?: string;
                    periodUnit?: string;
                    processDefinitionIdIn?: string;
                    processDefinitionKeyIn?: string;
                    startedBefore?: string;
                    startedAfter?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/process-instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query historic process instances, running and ended: filters, sorting and paging */
        get: {
            parameters: {
                query?: {
                    processInstanceId?: string;
                    processInstanceIds?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    processDefinitionKeyIn?: string;
                    processDefinitionKeyNotIn?: string;
                    processInstanceBusinessKey?: string;
                    processInstanceBusinessKeyLike?: string;
                    superProcessInstanceId?: string;
                    finished?: "true" | "false";
                    unfinished?: "true" | "false";
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    completed?: "true" | "false";
                    externallyTerminated?: "true" | "false";
                    internallyTerminated?: "true" | "false";
                    startedBefore?: string;
                    startedAfter?: string;
                    finishedBefore?: string;
                    finishedAfter?: string;
                    tenantIdIn?: string;
                    withoutTenantId?: "true" | "false";
                    variables?: string;
                    sortBy?: "instanceId" | "definitionId" | "definitionKey" | "businessKey" | "startTime" | "endTime" | "tenantId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The query of `GET /history/process-instance` as a JSON body */
        post: {
            parameters: {
                query?: {
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        processInstanceId?: string | null;
                        processInstanceIds?: string[] | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        processDefinitionKeyIn?: string[] | null;
                        processDefinitionKeyNotIn?: string[] | null;
                        processInstanceBusinessKey?: string | null;
                        processInstanceBusinessKeyLike?: string | null;
                        superProcessInstanceId?: string | null;
                        finished?: boolean | null;
                        unfinished?: boolean | null;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        completed?: boolean | null;
                        externallyTerminated?: boolean | null;
                        internallyTerminated?: boolean | null;
                        startedBefore?: string | null;
                        startedAfter?: string | null;
                        finishedBefore?: string | null;
                        finishedAfter?: string | null;
                        tenantIdIn?: string[] | null;
                        withoutTenantId?: boolean | null;
                        variables?: {
                            name: string;
                            /** @enum {string} */
                            operator: "eq" | "neq" | "gt" | "gteq" | "lt" | "lteq" | "like" | "notLike";
                            value: string | number | boolean | null;
                        }[] | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "instanceId" | "definitionId" | "definitionKey" | "businessKey" | "startTime" | "endTime" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/process-instance/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the historic process instances, running and ended the same query lists: `{ count }` */
        get: {
            parameters: {
                query?: {
                    processInstanceId?: string;
                    processInstanceIds?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    processDefinitionKeyIn?: string;
                    processDefinitionKeyNotIn?: string;
                    processInstanceBusinessKey?: string;
                    processInstanceBusinessKeyLike?: string;
                    superProcessInstanceId?: string;
                    finished?: "true" | "false";
                    unfinished?: "true" | "false";
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    completed?: "true" | "false";
                    externallyTerminated?: "true" | "false";
                    internallyTerminated?: "true" | "false";
                    startedBefore?: string;
                    startedAfter?: string;
                    finishedBefore?: string;
                    finishedAfter?: string;
                    tenantIdIn?: string;
                    withoutTenantId?: "true" | "false";
                    variables?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The count of `POST /history/process-instance` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        processInstanceId?: string | null;
                        processInstanceIds?: string[] | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        processDefinitionKeyIn?: string[] | null;
                        processDefinitionKeyNotIn?: string[] | null;
                        processInstanceBusinessKey?: string | null;
                        processInstanceBusinessKeyLike?: string | null;
                        superProcessInstanceId?: string | null;
                        finished?: boolean | null;
                        unfinished?: boolean | null;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        completed?: boolean | null;
                        externallyTerminated?: boolean | null;
                        internallyTerminated?: boolean | null;
                        startedBefore?: string | null;
                        startedAfter?: string | null;
                        finishedBefore?: string | null;
                        finishedAfter?: string | null;
                        tenantIdIn?: string[] | null;
                        withoutTenantId?: boolean | null;
                        variables?: {
                            name: string;
                            /** @enum {string} */
                            operator: "eq" | "neq" | "gt" | "gteq" | "lt" | "lteq" | "like" | "notLike";
                            value: string | number | boolean | null;
                        }[] | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "instanceId" | "definitionId" | "definitionKey" | "businessKey" | "startTime" | "endTime" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/process-instance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One historic process instance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Deletes an ended instance with everything kept of it (a running one is a 404) */
        delete: {
            parameters: {
                query?: {
                    failIfNotExists?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/activity-instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query historic activity instances: filters, sorting and paging */
        get: {
            parameters: {
                query?: {
                    activityInstanceId?: string;
                    processInstanceId?: string;
                    processDefinitionId?: string;
                    executionId?: string;
                    activityId?: string;
                    activityType?: string;
                    taskAssignee?: string;
                    finished?: "true" | "false";
                    unfinished?: "true" | "false";
                    canceled?: "true" | "false";
                    startedBefore?: string;
                    startedAfter?: string;
                    finishedBefore?: string;
                    finishedAfter?: string;
                    tenantIdIn?: string;
                    withoutTenantId?: "true" | "false";
                    sortBy?: "activityInstanceId" | "instanceId" | "executionId" | "activityId" | "activityType" | "startTime" | "endTime" | "duration" | "definitionId" | "occurrence" | "tenantId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The query of `GET /history/activity-instance` as a JSON body */
        post: {
            parameters: {
                query?: {
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        activityInstanceId?: string | null;
                        processInstanceId?: string | null;
                        processDefinitionId?: string | null;
                        executionId?: string | null;
                        activityId?: string | null;
                        activityType?: string | null;
                        taskAssignee?: string | null;
                        finished?: boolean | null;
                        unfinished?: boolean | null;
                        canceled?: boolean | null;
                        startedBefore?: string | null;
                        startedAfter?: string | null;
                        finishedBefore?: string | null;
                        finishedAfter?: string | null;
                        tenantIdIn?: string[] | null;
                        withoutTenantId?: boolean | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "activityInstanceId" | "instanceId" | "executionId" | "activityId" | "activityType" | "startTime" | "endTime" | "duration" | "definitionId" | "occurrence" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/activity-instance/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the historic activity instances the same query lists: `{ count }` */
        get: {
            parameters: {
                query?: {
                    activityInstanceId?: string;
                    processInstanceId?: string;
                    processDefinitionId?: string;
                    executionId?: string;
                    activityId?: string;
                    activityType?: string;
                    taskAssignee?: string;
                    finished?: "true" | "false";
                    unfinished?: "true" | "false";
                    canceled?: "true" | "false";
                    startedBefore?: string;
                    startedAfter?: string;
                    finishedBefore?: string;
                    finishedAfter?: string;
                    tenantIdIn?: string;
                    withoutTenantId?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The count of `POST /history/activity-instance` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        activityInstanceId?: string | null;
                        processInstanceId?: string | null;
                        processDefinitionId?: string | null;
                        executionId?: string | null;
                        activityId?: string | null;
                        activityType?: string | null;
                        taskAssignee?: string | null;
                        finished?: boolean | null;
                        unfinished?: boolean | null;
                        canceled?: boolean | null;
                        startedBefore?: string | null;
                        startedAfter?: string | null;
                        finishedBefore?: string | null;
                        finishedAfter?: string | null;
                        tenantIdIn?: string[] | null;
                        withoutTenantId?: boolean | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "activityInstanceId" | "instanceId" | "executionId" | "activityId" | "activityType" | "startTime" | "endTime" | "duration" | "definitionId" | "occurrence" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/activity-instance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One historic activity instance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query tasks, open and ended, that the caller may see,: filters, sorting and paging */
        get: {
            parameters: {
                query?: {
                    taskId?: string;
                    processInstanceId?: string;
                    processInstanceBusinessKey?: string;
                    processInstanceBusinessKeyIn?: string;
                    processInstanceBusinessKeyLike?: string;
                    executionId?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    processDefinitionName?: string;
                    taskName?: string;
                    taskNameLike?: string;
                    taskDefinitionKey?: string;
                    taskDefinitionKeyIn?: string;
                    taskDeleteReason?: string;
                    taskAssignee?: string;
                    taskAssigneeLike?: string;
                    taskOwner?: string;
                    taskOwnerLike?: string;
                    taskPriority?: number | null;
                    assigned?: "true" | "false";
                    unassigned?: "true" | "false";
                    finished?: "true" | "false";
                    unfinished?: "true" | "false";
                    processFinished?: "true" | "false";
                    processUnfinished?: "true" | "false";
                    taskDueDate?: string;
                    taskDueDateBefore?: string;
                    taskDueDateAfter?: string;
                    withoutTaskDueDate?: "true" | "false";
                    taskFollowUpDate?: string;
                    taskFollowUpDateBefore?: string;
                    taskFollowUpDateAfter?: string;
                    startedBefore?: string;
                    startedAfter?: string;
                    finishedBefore?: string;
                    finishedAfter?: string;
                    taskInvolvedUser?: string;
                    taskHadCandidateUser?: string;
                    taskHadCandidateGroup?: string;
                    withCandidateGroups?: "true" | "false";
                    withoutCandidateGroups?: "true" | "false";
                    sortBy?: "taskId" | "processDefinitionId" | "processInstanceId" | "executionId" | "endTime" | "startTime" | "taskName" | "assignee" | "owner" | "dueDate" | "followUpDate" | "taskDefinitionKey" | "priority" | "tenantId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The query of `GET /history/task` as a JSON body */
        post: {
            parameters: {
                query?: {
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        taskId?: string | null;
                        processInstanceId?: string | null;
                        processInstanceBusinessKey?: string | null;
                        processInstanceBusinessKeyIn?: string[] | null;
                        processInstanceBusinessKeyLike?: string | null;
                        executionId?: string | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        processDefinitionName?: string | null;
                        taskName?: string | null;
                        taskNameLike?: string | null;
                        taskDefinitionKey?: string | null;
                        taskDefinitionKeyIn?: string[] | null;
                        taskDeleteReason?: string | null;
                        taskAssignee?: string | null;
                        taskAssigneeLike?: string | null;
                        taskOwner?: string | null;
                        taskOwnerLike?: string | null;
                        taskPriority?: number | null;
                        assigned?: boolean | null;
                        unassigned?: boolean | null;
                        finished?: boolean | null;
                        unfinished?: boolean | null;
                        processFinished?: boolean | null;
                        processUnfinished?: boolean | null;
                        taskDueDate?: string | null;
                        taskDueDateBefore?: string | null;
                        taskDueDateAfter?: string | null;
                        withoutTaskDueDate?: boolean | null;
                        taskFollowUpDate?: string | null;
                        taskFollowUpDateBefore?: string | null;
                        taskFollowUpDateAfter?: string | null;
                        startedBefore?: string | null;
                        startedAfter?: string | null;
                        finishedBefore?: string | null;
                        finishedAfter?: string | null;
                        taskInvolvedUser?: string | null;
                        taskHadCandidateUser?: string | null;
                        taskHadCandidateGroup?: string | null;
                        withCandidateGroups?: boolean | null;
                        withoutCandidateGroups?: boolean | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "taskId" | "processDefinitionId" | "processInstanceId" | "executionId" | "endTime" | "startTime" | "taskName" | "assignee" | "owner" | "dueDate" | "followUpDate" | "taskDefinitionKey" | "priority" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/task/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the tasks, open and ended, that the caller may see, the same query lists: `{ count }` */
        get: {
            parameters: {
                query?: {
                    taskId?: string;
                    processInstanceId?: string;
                    processInstanceBusinessKey?: string;
                    processInstanceBusinessKeyIn?: string;
                    processInstanceBusinessKeyLike?: string;
                    executionId?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    processDefinitionName?: string;
                    taskName?: string;
                    taskNameLike?: string;
                    taskDefinitionKey?: string;
                    taskDefinitionKeyIn?: string;
                    taskDeleteReason?: string;
                    taskAssignee?: string;
                    taskAssigneeLike?: string;
                    taskOwner?: string;
                    taskOwnerLike?: string;
                    taskPriority?: number | null;
                    assigned?: "true" | "false";
                    unassigned?: "true" | "false";
                    finished?: "true" | "false";
                    unfinished?: "true" | "false";
                    processFinished?: "true" | "false";
                    processUnfinished?: "true" | "false";
                    taskDueDate?: string;
                    taskDueDateBefore?: string;
                    taskDueDateAfter?: string;
                    withoutTaskDueDate?: "true" | "false";
                    taskFollowUpDate?: string;
                    taskFollowUpDateBefore?: string;
                    taskFollowUpDateAfter?: string;
                    startedBefore?: string;
                    startedAfter?: string;
                    finishedBefore?: string;
                    finishedAfter?: string;
                    taskInvolvedUser?: string;
                    taskHadCandidateUser?: string;
                    taskHadCandidateGroup?: string;
                    withCandidateGroups?: "true" | "false";
                    withoutCandidateGroups?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The count of `POST /history/task` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        taskId?: string | null;
                        processInstanceId?: string | null;
                        processInstanceBusinessKey?: string | null;
                        processInstanceBusinessKeyIn?: string[] | null;
                        processInstanceBusinessKeyLike?: string | null;
                        executionId?: string | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        processDefinitionName?: string | null;
                        taskName?: string | null;
                        taskNameLike?: string | null;
                        taskDefinitionKey?: string | null;
                        taskDefinitionKeyIn?: string[] | null;
                        taskDeleteReason?: string | null;
                        taskAssignee?: string | null;
                        taskAssigneeLike?: string | null;
                        taskOwner?: string | null;
                        taskOwnerLike?: string | null;
                        taskPriority?: number | null;
                        assigned?: boolean | null;
                        unassigned?: boolean | null;
                        finished?: boolean | null;
                        unfinished?: boolean | null;
                        processFinished?: boolean | null;
                        processUnfinished?: boolean | null;
                        taskDueDate?: string | null;
                        taskDueDateBefore?: string | null;
                        taskDueDateAfter?: string | null;
                        withoutTaskDueDate?: boolean | null;
                        taskFollowUpDate?: string | null;
                        taskFollowUpDateBefore?: string | null;
                        taskFollowUpDateAfter?: string | null;
                        startedBefore?: string | null;
                        startedAfter?: string | null;
                        finishedBefore?: string | null;
                        finishedAfter?: string | null;
                        taskInvolvedUser?: string | null;
                        taskHadCandidateUser?: string | null;
                        taskHadCandidateGroup?: string | null;
                        withCandidateGroups?: boolean | null;
                        withoutCandidateGroups?: boolean | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "taskId" | "processDefinitionId" | "processInstanceId" | "executionId" | "endTime" | "startTime" | "taskName" | "assignee" | "owner" | "dueDate" | "followUpDate" | "taskDefinitionKey" | "priority" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/variable-instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query variables of running and ended instances, as their history wrote them,: filters, sorting and paging */
        get: {
            parameters: {
                query?: {
                    variableName?: string;
                    variableNameLike?: string;
                    variableTypeIn?: string;
                    includeDeleted?: "true" | "false";
                    processInstanceId?: string;
                    processInstanceIdIn?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    executionIdIn?: string;
                    caseInstanceId?: string;
                    caseExecutionIdIn?: string;
                    caseActivityIdIn?: string;
                    activityInstanceIdIn?: string;
                    tenantIdIn?: string;
                    withoutTenantId?: "true" | "false";
                    sortBy?: "instanceId" | "variableName" | "tenantId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The query of `GET /history/variable-instance` as a JSON body */
        post: {
            parameters: {
                query?: {
                    firstResult?: number | null;
                    maxResults?: number | null;
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        variableName?: string | null;
                        variableNameLike?: string | null;
                        variableTypeIn?: string[] | null;
                        includeDeleted?: boolean | null;
                        processInstanceId?: string | null;
                        processInstanceIdIn?: string[] | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        executionIdIn?: string[] | null;
                        caseInstanceId?: string | null;
                        caseExecutionIdIn?: string[] | null;
                        caseActivityIdIn?: string[] | null;
                        activityInstanceIdIn?: string[] | null;
                        tenantIdIn?: string[] | null;
                        withoutTenantId?: boolean | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "instanceId" | "variableName" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/variable-instance/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the variables of running and ended instances, as their history wrote them, the same query lists: `{ count }` */
        get: {
            parameters: {
                query?: {
                    variableName?: string;
                    variableNameLike?: string;
                    variableTypeIn?: string;
                    includeDeleted?: "true" | "false";
                    processInstanceId?: string;
                    processInstanceIdIn?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    executionIdIn?: string;
                    caseInstanceId?: string;
                    caseExecutionIdIn?: string;
                    caseActivityIdIn?: string;
                    activityInstanceIdIn?: string;
                    tenantIdIn?: string;
                    withoutTenantId?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The count of `POST /history/variable-instance` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        variableName?: string | null;
                        variableNameLike?: string | null;
                        variableTypeIn?: string[] | null;
                        includeDeleted?: boolean | null;
                        processInstanceId?: string | null;
                        processInstanceIdIn?: string[] | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        executionIdIn?: string[] | null;
                        caseInstanceId?: string | null;
                        caseExecutionIdIn?: string[] | null;
                        caseActivityIdIn?: string[] | null;
                        activityInstanceIdIn?: string[] | null;
                        tenantIdIn?: string[] | null;
                        withoutTenantId?: boolean | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "instanceId" | "variableName" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/variable-instance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One historic variable instance, typed */
        get: {
            parameters: {
                query?: {
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/history/variable-instance/{id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The binary value of a variable: Promesa keeps no binary variables, so always a 400 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/incident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query open incidents (`failedExternalTask`, `failedJob`, and Promesa's own types): filters, sorting and paging */
        get: {
            parameters: {
                query?: {
                    incidentId?: string;
                    incidentType?: string;
                    incidentMessage?: string;
                    incidentMessageLike?: string;
                    processDefinitionId?: string;
                    processDefinitionKeyIn?: string;
                    processInstanceId?: string;
                    executionId?: string;
                    incidentTimestampBefore?: string;
                    incidentTimestampAfter?: string;
                    activityId?: string;
                    failedActivityId?: string;
                    causeIncidentId?: string;
                    rootCauseIncidentId?: string;
                    configuration?: string;
                    tenantIdIn?: string;
                    jobDefinitionIdIn?: string;
                    sortBy?: "incidentId" | "incidentMessage" | "incidentTimestamp" | "incidentType" | "executionId" | "activityId" | "processInstanceId" | "processDefinitionId" | "causeIncidentId" | "rootCauseIncidentId" | "configuration" | "tenantId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/incident/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the open incidents (`failedExternalTask`, `failedJob`, and Promesa's own types) the same query lists: `{ count }` */
        get: {
            parameters: {
                query?: {
                    incidentId?: string;
                    incidentType?: string;
                    incidentMessage?: string;
                    incidentMessageLike?: string;
                    processDefinitionId?: string;
                    processDefinitionKeyIn?: string;
                    processInstanceId?: string;
                    executionId?: string;
                    incidentTimestampBefore?: string;
                    incidentTimestampAfter?: string;
                    activityId?: string;
                    failedActivityId?: string;
                    causeIncidentId?: string;
                    rootCauseIncidentId?: string;
                    configuration?: string;
                    tenantIdIn?: string;
                    jobDefinitionIdIn?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/incident/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One open incident */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Resolve a custom incident (one raised by hand); refused for the types Promesa raises, as Camunda refuses its own: retry the job or external task instead */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/incident/{id}/annotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set an operator's note on an open incident (null clears it) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        annotation?: string | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Clear an open incident's note */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/execution/{id}/create-incident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Raise a custom incident at the activity a running instance waits in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        incidentType?: string | null;
                        configuration?: string | null;
                        message?: string | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/event-subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query event subscriptions: filters, sorting and paging */
        get: {
            parameters: {
                query?: {
                    eventSubscriptionId?: string;
                    eventName?: string;
                    eventType?: "message" | "signal" | "compensate" | "conditional";
                    executionId?: string;
                    processInstanceId?: string;
                    activityId?: string;
                    tenantIdIn?: string;
                    withoutTenantId?: "true" | "false";
                    includeEventSubscriptionsWithoutTenantId?: "true" | "false";
                    sortBy?: "created" | "tenantId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/event-subscription/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the event subscriptions the same query lists: `{ count }` */
        get: {
            parameters: {
                query?: {
                    eventSubscriptionId?: string;
                    eventName?: string;
                    eventType?: "message" | "signal" | "compensate" | "conditional";
                    executionId?: string;
                    processInstanceId?: string;
                    activityId?: string;
                    tenantIdIn?: string;
                    withoutTenantId?: "true" | "false";
                    includeEventSubscriptionsWithoutTenantId?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/job": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query jobs (timers and asynchronous continuations): filters, sorting and paging */
        get: {
            parameters: {
                query?: {
                    jobId?: string;
                    jobIds?: string;
                    jobDefinitionId?: string;
                    processInstanceId?: string;
                    processInstanceIds?: string;
                    executionId?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    activityId?: string;
                    withRetriesLeft?: "true" | "false";
                    executable?: "true" | "false";
                    timers?: "true" | "false";
                    messages?: "true" | "false";
                    dueDates?: string;
                    createTimes?: string;
                    withException?: "true" | "false";
                    exceptionMessage?: string;
                    failedActivityId?: string;
                    noRetriesLeft?: "true" | "false";
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    priorityLowerThanOrEquals?: number | null;
                    priorityHigherThanOrEquals?: number | null;
                    tenantIdIn?: string;
                    withoutTenantId?: "true" | "false";
                    includeJobsWithoutTenantId?: "true" | "false";
                    sortBy?: "jobId" | "executionId" | "processInstanceId" | "processDefinitionId" | "processDefinitionKey" | "jobPriority" | "jobRetries" | "jobDueDate" | "tenantId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The query of `GET /job` as a JSON body */
        post: {
            parameters: {
                query?: {
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        jobId?: string | null;
                        jobIds?: string[] | null;
                        jobDefinitionId?: string | null;
                        processInstanceId?: string | null;
                        processInstanceIds?: string[] | null;
                        executionId?: string | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        activityId?: string | null;
                        withRetriesLeft?: boolean | null;
                        executable?: boolean | null;
                        timers?: boolean | null;
                        messages?: boolean | null;
                        dueDates?: {
                            /** @enum {string} */
                            operator: "gt" | "lt";
                            value: string;
                        }[] | null;
                        createTimes?: {
                            /** @enum {string} */
                            operator: "gt" | "lt";
                            value: string;
                        }[] | null;
                        withException?: boolean | null;
                        exceptionMessage?: string | null;
                        failedActivityId?: string | null;
                        noRetriesLeft?: boolean | null;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        priorityLowerThanOrEquals?: number | null;
                        priorityHigherThanOrEquals?: number | null;
                        tenantIdIn?: string[] | null;
                        withoutTenantId?: boolean | null;
                        includeJobsWithoutTenantId?: boolean | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "jobId" | "executionId" | "processInstanceId" | "processDefinitionId" | "processDefinitionKey" | "jobPriority" | "jobRetries" | "jobDueDate" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/job/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the jobs (timers and asynchronous continuations) the same query lists: `{ count }` */
        get: {
            parameters: {
                query?: {
                    jobId?: string;
                    jobIds?: string;
                    jobDefinitionId?: string;
                    processInstanceId?: string;
                    processInstanceIds?: string;
                    executionId?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    activityId?: string;
                    withRetriesLeft?: "true" | "false";
                    executable?: "true" | "false";
                    timers?: "true" | "false";
                    messages?: "true" | "false";
                    dueDates?: string;
                    createTimes?: string;
                    withException?: "true" | "false";
                    exceptionMessage?: string;
                    failedActivityId?: string;
                    noRetriesLeft?: "true" | "false";
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    priorityLowerThanOrEquals?: number | null;
                    priorityHigherThanOrEquals?: number | null;
                    tenantIdIn?: string;
                    withoutTenantId?: "true" | "false";
                    includeJobsWithoutTenantId?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The count of `POST /job` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        jobId?: string | null;
                        jobIds?: string[] | null;
                        jobDefinitionId?: string | null;
                        processInstanceId?: string | null;
                        processInstanceIds?: string[] | null;
                        executionId?: string | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        activityId?: string | null;
                        withRetriesLeft?: boolean | null;
                        executable?: boolean | null;
                        timers?: boolean | null;
                        messages?: boolean | null;
                        dueDates?: {
                            /** @enum {string} */
                            operator: "gt" | "lt";
                            value: string;
                        }[] | null;
                        createTimes?: {
                            /** @enum {string} */
                            operator: "gt" | "lt";
                            value: string;
                        }[] | null;
                        withException?: boolean | null;
                        exceptionMessage?: string | null;
                        failedActivityId?: string | null;
                        noRetriesLeft?: boolean | null;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        priorityLowerThanOrEquals?: number | null;
                        priorityHigherThanOrEquals?: number | null;
                        tenantIdIn?: string[] | null;
                        withoutTenantId?: boolean | null;
                        includeJobsWithoutTenantId?: boolean | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "jobId" | "executionId" | "processInstanceId" | "processDefinitionId" | "processDefinitionKey" | "jobPriority" | "jobRetries" | "jobDueDate" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/job/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/job/{id}/stacktrace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The error of the job's last failed run, as text; 204 when none */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/job/{id}/retries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the retries: 0 raises a `failedJob` incident, more resolves it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        retries: number;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/job/{id}/duedate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move the due date (null: due now) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        duedate?: string | null;
                        cascade?: boolean | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/job/{id}/priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the priority: listed, filtered and sorted by; runs stay in due order */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        priority?: number | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/job/{id}/duedate/recalculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute a timer job's due date again from its timer definition, from its creation (default) or from now */
        post: {
            parameters: {
                query?: {
                    creationDateBased?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/job/{id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the job now; its failure answers 500 and counts as an attempt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query executions (the running process instances): filters, sorting and paging */
        get: {
            parameters: {
                query?: {
                    businessKey?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    processInstanceId?: string;
                    signalEventSubscriptionName?: string;
                    messageEventSubscriptionName?: string;
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    incidentId?: string;
                    incidentType?: string;
                    incidentMessage?: string;
                    incidentMessageLike?: string;
                    tenantIdIn?: string;
                    variables?: string;
                    processVariables?: string;
                    sortBy?: "instanceId" | "definitionKey" | "definitionId" | "tenantId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The query of `GET /execution` as a JSON body */
        post: {
            parameters: {
                query?: {
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        businessKey?: string | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        processInstanceId?: string | null;
                        signalEventSubscriptionName?: string | null;
                        messageEventSubscriptionName?: string | null;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        incidentId?: string | null;
                        incidentType?: string | null;
                        incidentMessage?: string | null;
                        incidentMessageLike?: string | null;
                        tenantIdIn?: string[] | null;
                        variables?: {
                            name: string;
                            /** @enum {string} */
                            operator: "eq" | "neq" | "gt" | "gteq" | "lt" | "lteq" | "like" | "notLike";
                            value: string | number | boolean | null;
                        }[] | null;
                        processVariables?: {
                            name: string;
                            /** @enum {string} */
                            operator: "eq" | "neq" | "gt" | "gteq" | "lt" | "lteq" | "like" | "notLike";
                            value: string | number | boolean | null;
                        }[] | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "instanceId" | "definitionKey" | "definitionId" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/execution/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the executions (the running process instances) the same query lists: `{ count }` */
        get: {
            parameters: {
                query?: {
                    businessKey?: string;
                    processDefinitionId?: string;
                    processDefinitionKey?: string;
                    processInstanceId?: string;
                    signalEventSubscriptionName?: string;
                    messageEventSubscriptionName?: string;
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    incidentId?: string;
                    incidentType?: string;
                    incidentMessage?: string;
                    incidentMessageLike?: string;
                    tenantIdIn?: string;
                    variables?: string;
                    processVariables?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The count of `POST /execution` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        businessKey?: string | null;
                        processDefinitionId?: string | null;
                        processDefinitionKey?: string | null;
                        processInstanceId?: string | null;
                        signalEventSubscriptionName?: string | null;
                        messageEventSubscriptionName?: string | null;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        incidentId?: string | null;
                        incidentType?: string | null;
                        incidentMessage?: string | null;
                        incidentMessageLike?: string | null;
                        tenantIdIn?: string[] | null;
                        variables?: {
                            name: string;
                            /** @enum {string} */
                            operator: "eq" | "neq" | "gt" | "gteq" | "lt" | "lteq" | "like" | "notLike";
                            value: string | number | boolean | null;
                        }[] | null;
                        processVariables?: {
                            name: string;
                            /** @enum {string} */
                            operator: "eq" | "neq" | "gt" | "gteq" | "lt" | "lteq" | "like" | "notLike";
                            value: string | number | boolean | null;
                        }[] | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "instanceId" | "definitionKey" | "definitionId" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/execution/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One execution: a running process instance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/execution/{id}/messageSubscriptions/{messageName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The subscription of the execution to a message; 404 when it waits for none */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    messageName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/execution/{id}/messageSubscriptions/{messageName}/trigger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver the message the execution waits for, with variables */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    messageName: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        variables?: components["schemas"]["CamundaVariables"];
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/execution/{id}/signal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move on the execution waiting at a receive task or other wait state without a task (it must wait at exactly one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        variables?: components["schemas"]["CamundaVariables"];
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/execution/{id}/localVariables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The variables of a execution, typed, nearest scope first */
        get: {
            parameters: {
                query?: {
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Set and remove variables of a execution: `{ modifications, deletions }` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        modifications?: components["schemas"]["CamundaVariables"];
                        deletions?: string[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/execution/{id}/localVariables/{varName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One variable of a execution, typed; 404 when absent */
        get: {
            parameters: {
                query?: {
                    deserializeValue?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Set one variable of a execution from a typed value */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CamundaVariableValue"];
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Remove one variable of a execution from the nearest scope holding it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    varName: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/variable-instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query variables of the running instances: filters, sorting and paging */
        get: {
            parameters: {
                query?: {
                    variableName?: string;
                    variableNameLike?: string;
                    processInstanceIdIn?: string;
                    executionIdIn?: string;
                    caseInstanceIdIn?: string;
                    caseExecutionIdIn?: string;
                    taskIdIn?: string;
                    activityInstanceIdIn?: string;
                    tenantIdIn?: string;
                    sortBy?: "variableName" | "variableType" | "activityInstanceId" | "tenantId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The query of `GET /variable-instance` as a JSON body */
        post: {
            parameters: {
                query?: {
                    firstResult?: number | null;
                    maxResults?: number | null;
                    deserializeValues?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        variableName?: string | null;
                        variableNameLike?: string | null;
                        processInstanceIdIn?: string[] | null;
                        executionIdIn?: string[] | null;
                        caseInstanceIdIn?: string[] | null;
                        caseExecutionIdIn?: string[] | null;
                        taskIdIn?: string[] | null;
                        activityInstanceIdIn?: string[] | null;
                        tenantIdIn?: string[] | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "variableName" | "variableType" | "activityInstanceId" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/variable-instance/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the variables of the running instances the same query lists: `{ count }` */
        get: {
            parameters: {
                query?: {
                    variableName?: string;
                    variableNameLike?: string;
                    processInstanceIdIn?: string;
                    executionIdIn?: string;
                    caseInstanceIdIn?: string;
                    caseExecutionIdIn?: string;
                    taskIdIn?: string;
                    activityInstanceIdIn?: string;
                    tenantIdIn?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The count of `POST /variable-instance` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        variableName?: string | null;
                        variableNameLike?: string | null;
                        processInstanceIdIn?: string[] | null;
                        executionIdIn?: string[] | null;
                        caseInstanceIdIn?: string[] | null;
                        caseExecutionIdIn?: string[] | null;
                        taskIdIn?: string[] | null;
                        activityInstanceIdIn?: string[] | null;
                        tenantIdIn?: string[] | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "variableName" | "variableType" | "activityInstanceId" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/variable-instance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One variable instance, typed */
        get: {
            parameters: {
                query?: {
                    deserializeValue?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/variable-instance/{id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The binary value of a variable: Promesa keeps no binary variables, so always a 400 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/fetchAndLock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch and lock external tasks; long polls up to `asyncResponseTimeout` ms. Answers `Content-Type: application/json` exactly, as the JS client requires */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        workerId: string;
                        maxTasks: number;
                        usePriority?: boolean | null;
                        asyncResponseTimeout?: number | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "createTime";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                        includeExtensionProperties?: boolean | null;
                        topics?: {
                            topicName: string;
                            lockDuration: number;
                            variables?: string[] | null;
                            localVariables?: boolean | null;
                            businessKey?: string | null;
                            processDefinitionKey?: string | null;
                            processDefinitionKeyIn?: string[] | null;
                            processDefinitionId?: string | null;
                            processDefinitionIdIn?: string[] | null;
                            processDefinitionVersionTag?: string | null;
                            processVariables?: {
                                [key: string]: unknown;
                            } | null;
                            tenantIdIn?: string[] | null;
                            withoutTenantId?: boolean | null;
                            deserializeValues?: boolean | null;
                            includeExtensionProperties?: boolean | null;
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a locked task with typed variables */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        workerId: string;
                        variables?: components["schemas"]["CamundaVariables"];
                        localVariables?: components["schemas"]["CamundaVariables"];
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/{id}/failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a failure: retries left make it fetchable after retryTimeout ms, 0 raises an incident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        workerId: string;
                        errorMessage?: string | null;
                        errorDetails?: string | null;
                        retries?: number | null;
                        retryTimeout?: number | null;
                        variables?: components["schemas"]["CamundaVariables"];
                        localVariables?: components["schemas"]["CamundaVariables"];
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/{id}/bpmnError": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Throw a BPMN error for an error boundary event or event subprocess to catch */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        workerId: string;
                        errorCode: string;
                        errorMessage?: string | null;
                        variables?: components["schemas"]["CamundaVariables"];
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/{id}/extendLock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the lock to now + newDuration ms */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        workerId: string;
                        newDuration: number;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lock one task by id for a worker, for lockDuration ms */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        workerId: string;
                        lockDuration: number;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release the lock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query open external tasks: filters, sorting and paging */
        get: {
            parameters: {
                query?: {
                    externalTaskId?: string;
                    externalTaskIdIn?: string;
                    topicName?: string;
                    workerId?: string;
                    locked?: "true" | "false";
                    notLocked?: "true" | "false";
                    withRetriesLeft?: "true" | "false";
                    noRetriesLeft?: "true" | "false";
                    lockExpirationAfter?: string;
                    lockExpirationBefore?: string;
                    activityId?: string;
                    activityIdIn?: string;
                    executionId?: string;
                    processInstanceId?: string;
                    processInstanceIdIn?: string;
                    processDefinitionId?: string;
                    tenantIdIn?: string;
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    priorityHigherThanOrEquals?: number | null;
                    priorityLowerThanOrEquals?: number | null;
                    sortBy?: "id" | "lockExpirationTime" | "processInstanceId" | "processDefinitionId" | "processDefinitionKey" | "taskPriority" | "tenantId";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The query of `GET /external-task` as a JSON body */
        post: {
            parameters: {
                query?: {
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        externalTaskId?: string | null;
                        externalTaskIdIn?: string[] | null;
                        topicName?: string | null;
                        workerId?: string | null;
                        locked?: boolean | null;
                        notLocked?: boolean | null;
                        withRetriesLeft?: boolean | null;
                        noRetriesLeft?: boolean | null;
                        lockExpirationAfter?: string | null;
                        lockExpirationBefore?: string | null;
                        activityId?: string | null;
                        activityIdIn?: string[] | null;
                        executionId?: string | null;
                        processInstanceId?: string | null;
                        processInstanceIdIn?: string[] | null;
                        processDefinitionId?: string | null;
                        tenantIdIn?: string[] | null;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        priorityHigherThanOrEquals?: number | null;
                        priorityLowerThanOrEquals?: number | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "id" | "lockExpirationTime" | "processInstanceId" | "processDefinitionId" | "processDefinitionKey" | "taskPriority" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the open external tasks the same query lists: `{ count }` */
        get: {
            parameters: {
                query?: {
                    externalTaskId?: string;
                    externalTaskIdIn?: string;
                    topicName?: string;
                    workerId?: string;
                    locked?: "true" | "false";
                    notLocked?: "true" | "false";
                    withRetriesLeft?: "true" | "false";
                    noRetriesLeft?: "true" | "false";
                    lockExpirationAfter?: string;
                    lockExpirationBefore?: string;
                    activityId?: string;
                    activityIdIn?: string;
                    executionId?: string;
                    processInstanceId?: string;
                    processInstanceIdIn?: string;
                    processDefinitionId?: string;
                    tenantIdIn?: string;
                    active?: "true" | "false";
                    suspended?: "true" | "false";
                    priorityHigherThanOrEquals?: number | null;
                    priorityLowerThanOrEquals?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** The count of `POST /external-task` */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        externalTaskId?: string | null;
                        externalTaskIdIn?: string[] | null;
                        topicName?: string | null;
                        workerId?: string | null;
                        locked?: boolean | null;
                        notLocked?: boolean | null;
                        withRetriesLeft?: boolean | null;
                        noRetriesLeft?: boolean | null;
                        lockExpirationAfter?: string | null;
                        lockExpirationBefore?: string | null;
                        activityId?: string | null;
                        activityIdIn?: string[] | null;
                        executionId?: string | null;
                        processInstanceId?: string | null;
                        processInstanceIdIn?: string[] | null;
                        processDefinitionId?: string | null;
                        tenantIdIn?: string[] | null;
                        active?: boolean | null;
                        suspended?: boolean | null;
                        priorityHigherThanOrEquals?: number | null;
                        priorityLowerThanOrEquals?: number | null;
                        sorting?: {
                            /** @enum {string} */
                            sortBy: "id" | "lockExpirationTime" | "processInstanceId" | "processDefinitionId" | "processDefinitionKey" | "taskPriority" | "tenantId";
                            /** @enum {string} */
                            sortOrder: "asc" | "desc";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/topic-names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The topics of the open external tasks, each once */
        get: {
            parameters: {
                query?: {
                    withLockedTasks?: "true" | "false";
                    withUnlockedTasks?: "true" | "false";
                    withRetriesLeft?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One open external task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/{id}/errorDetails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The error details of the last failure, as text; 204 when there are none */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/{id}/retries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the retries of an open external task: 0 raises an incident, more resolves it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        retries: number;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/retries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the retries of the open external tasks named by id or by process instance, each as `PUT /external-task/{id}/retries` */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        retries: number;
                        externalTaskIds?: string[] | null;
                        processInstanceIds?: string[] | null;
                        externalTaskQuery?: unknown;
                        processInstanceQuery?: unknown;
                        historicProcessInstanceQuery?: unknown;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/external-task/{id}/priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the priority of an open external task (fetches with `usePriority` take higher first) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        priority: number;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users, filtered, sorted and paged */
        get: {
            parameters: {
                query?: {
                    id?: string;
                    idIn?: string;
                    firstName?: string;
                    firstNameLike?: string;
                    memberOfGroup?: string;
                    sortBy?: "userId" | "firstName";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        /** What the caller may do with users */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/user/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many users match */
        get: {
            parameters: {
                query?: {
                    id?: string;
                    idIn?: string;
                    firstName?: string;
                    firstNameLike?: string;
                    memberOfGroup?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/user/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a user (role staff) with a password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        profile: {
                            id?: string | null;
                            firstName?: string | null;
                            lastName?: null;
                            email?: null;
                        };
                        credentials: {
                            password: string;
                        };
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/user/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a user with their tokens and sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** What the caller may do with this user */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/user/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's profile (your own, or anyone's for admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Change a user's name (your own, or anyone's for admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id?: string | null;
                        firstName?: string | null;
                        lastName?: null;
                        email?: null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/user/{id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a password; the caller's own password confirms it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        authenticatedUserPassword: string;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/user/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forget the failed logins that hold a user back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups, filtered, sorted and paged */
        get: {
            parameters: {
                query?: {
                    id?: string;
                    name?: string;
                    nameLike?: string;
                    member?: string;
                    idIn?: string;
                    sortBy?: "id" | "name";
                    sortOrder?: "asc" | "desc";
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Groups, by a query body */
        post: {
            parameters: {
                query?: {
                    firstResult?: number | null;
                    maxResults?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        id?: string;
                        name?: string;
                        nameLike?: string;
                        member?: string;
                        idIn?: string[] | null;
                        /** @enum {string} */
                        sortBy?: "id" | "name";
                        /** @enum {string} */
                        sortOrder?: "asc" | "desc";
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        /** What the caller may do with groups */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/group/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many groups match */
        get: {
            parameters: {
                query?: {
                    id?: string;
                    name?: string;
                    nameLike?: string;
                    member?: string;
                    idIn?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** How many groups match a query body */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        id?: string;
                        name?: string;
                        nameLike?: string;
                        member?: string;
                        idIn?: string[] | null;
                        /** @enum {string} */
                        sortBy?: "id" | "name";
                        /** @enum {string} */
                        sortOrder?: "asc" | "desc";
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/group/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a group without members */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        name?: string | null;
                        type?: null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/group/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One group */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update a group (its one name cannot change) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        name?: string | null;
                        type?: null;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Delete a group; its members lose its lanes */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** What the caller may do with this group */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/group/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        /** What the caller may do with this group's members */
        options: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/group/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a user to a group */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Take a user out of a group */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/identity/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's groups and their members (your own, or anyone's for admins) */
        get: {
            parameters: {
                query: {
                    userId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/identity/password-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The password policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Check a password against the policy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        profile?: unknown;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engine-rest/identity/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a username and password (throttled like every login) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description As Camunda 7 answers (see its REST reference) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Camunda error body `{ type, message }`: invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No or invalid credentials (HTTP Basic or bearer) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `AuthorizationException`: the caller lacks the role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `InvalidRequestException`: no such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `ProcessEngineException` and its kinds, where Camunda answers 500 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Me: {
            username: string;
            /** @enum {string} */
            role: "staff" | "supervisor" | "analyst" | "developer" | "admin";
            groups: string[];
            /**
             * @description The language the user chose in the browser app; null until they choose
             * @enum {string|null}
             */
            language: "es" | "en" | null;
            /** @description Task-list filters the user saved, kept with the account for every device */
            savedFilters: components["schemas"]["SavedFilter"][];
        };
        SavedFilter: {
            name: string;
            /** @example ?queue=mine&sla=breached */
            query: string;
        };
        Error: {
            /** @example task-claimed */
            type: string;
            /** @example Task 42 is already claimed by ana */
            message: string;
            /**
             * @example {
             *       "field": "variables.amount"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
        };
        Login: {
            username: string;
            password: string;
        };
        SessionState: {
            user: components["schemas"]["Me"] & (Record<string, never> | null);
        };
        MePatch: {
            /** @enum {string} */
            language?: "es" | "en";
            /** @description Replaces the saved filters (names unique) */
            savedFilters?: components["schemas"]["SavedFilter"][];
        };
        User: {
            username: string;
            displayName: string | null;
            /** @enum {string} */
            role: "staff" | "supervisor" | "analyst" | "developer" | "admin";
            groups: string[];
            disabled: boolean;
            /** @description Away: lanes that hand out their work (round-robin, least-busy) skip them */
            absent: boolean;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            createdAt: string;
        };
        NewUser: {
            /** @example ana */
            username: string;
            /** @description Omit for a user who signs in only with API tokens */
            password?: string;
            /** @enum {string} */
            role: "staff" | "supervisor" | "analyst" | "developer" | "admin";
            /**
             * @example [
             *       "front-office"
             *     ]
             */
            groups?: string[];
            displayName?: string;
        };
        UserPatch: {
            password?: string;
            /** @enum {string} */
            role?: "staff" | "supervisor" | "analyst" | "developer" | "admin";
            groups?: string[];
            displayName?: string | null;
            disabled?: boolean;
            absent?: boolean;
        };
        ApiToken: {
            id: string;
            name: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            lastUsedAt: string | null;
        };
        CreatedApiToken: {
            id: string;
            name: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            createdAt: string;
            /** @description Shown once; send as `Authorization: Bearer <token>` */
            token: string;
        };
        NewApiToken: {
            /** @example credit-check worker */
            name: string;
            expiresInDays?: number;
        };
        DraftSummary: {
            id: string;
            name: string;
            /** @description One more per save */
            version: number;
            /** @description The deployed definition it was opened from */
            basedOn: string | null;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            updatedAt: string;
        };
        Draft: components["schemas"]["DraftSummary"] & {
            xml: string;
        };
        NewDraft: {
            /** @example customer-request.bpmn */
            name: string;
            /** @description The BPMN XML as drawn; not validated */
            xml: string;
            basedOn?: string | null;
        };
        DraftSave: {
            /** @example customer-request.bpmn */
            name: string;
            /** @description The BPMN XML as drawn; not validated */
            xml: string;
            /** @description The version this save was made on; an older one than stored answers 409 */
            version: number;
        };
        /** @description Away: lanes that hand out their work skip them */
        Absence: {
            absent: boolean;
        };
        /** @description The people of a group (a lane is known by its group) */
        Team: {
            group: string;
            members: {
                username: string;
                displayName: string | null;
                /** @enum {string} */
                role: "staff" | "supervisor" | "analyst" | "developer" | "admin";
                absent: boolean;
                /** @description Open tasks assigned to them */
                openTasks: number;
            }[];
        };
        DeployReply: {
            deployments: components["schemas"]["DeployedFile"][];
        };
        DeployedFile: {
            deploymentId: string;
            duplicate: boolean;
            definitions: components["schemas"]["ProcessDefinition"][];
            warnings: components["schemas"]["Problem"][];
        };
        ProcessDefinition: {
            /** @example customer-request:1:6f1c… */
            id: string;
            processId: string;
            version: number;
            name: string | null;
            deploymentId: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            deployedAt: string;
            warnings: components["schemas"]["Problem"][];
            /** @description Groups whose members may start it (`camunda:candidateStarterGroups`) */
            candidateStarterGroups: string[];
            /** @description Users who may start it (`camunda:candidateStarterUsers`); with no groups either, only developers may */
            candidateStarterUsers: string[];
            startableInTasklist: boolean;
            /** @description Days an ended instance's history is kept (`camunda:historyTimeToLive`); null: the server's default (`PROMESA_HISTORY_TIME_TO_LIVE`) */
            historyTimeToLive: number | null;
        };
        Problem: {
            /** @enum {string} */
            severity: "error" | "warning";
            code: string;
            message: string;
            elementId?: string;
            line?: number;
            column?: number;
        };
        DeployJson: {
            /** @example customer-request.bpmn */
            name: string;
            xml: string;
        };
        DeployMultipart: {
            file: string | string[];
        };
        DeploymentCheck: {
            problems: components["schemas"]["Problem"][];
        };
        Deployment: {
            id: string;
            name: string;
            hash: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            deployedAt: string;
            deployedBy: string | null;
            definitions: components["schemas"]["ProcessDefinition"][];
        };
        StartableProcess: {
            /** @description The definition id of the latest version */
            id: string;
            processId: string;
            version: number;
            name: string | null;
            /** @description Fields of the start form; a start is checked against them */
            startForm: components["schemas"]["FormField"][];
        };
        FormField: {
            id: string;
            label?: string;
            type: string;
            defaultValue?: string;
            required?: boolean;
            readonly?: boolean;
            min?: number;
            max?: number;
            minlength?: number;
            maxlength?: number;
            values?: {
                id: string;
                name?: string;
            }[];
        };
        ProcessInstance: {
            id: string;
            definitionId: string;
            processId: string;
            businessKey: string | null;
            /** @enum {string} */
            status: "active" | "completed" | "terminated" | "cancelled";
            activeElements: string[];
            tokens: {
                tokenId: string;
                elementId: string;
                /** @enum {string} */
                state: "waiting" | "incident";
            }[];
            variables: components["schemas"]["Variables"];
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            startedAt: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            endedAt: string | null;
            /** @description Suspended by a developer: its timers wait, its tasks refuse work, messages pass it by */
            suspended: boolean;
        };
        /**
         * @example {
         *       "amount": 1200,
         *       "channel": "phone"
         *     }
         */
        Variables: {
            [key: string]: unknown;
        };
        StartInstance: {
            /**
             * @description Usually the customer id
             * @example customer-42
             */
            businessKey?: string;
            variables?: components["schemas"]["Variables"];
        };
        ProcessInstancePage: {
            items: components["schemas"]["ProcessInstance"][];
            limit: number;
            offset: number;
        };
        SetVariables: {
            variables: components["schemas"]["Variables"];
        };
        CancelInstance: {
            reason?: string;
        };
        Sla: {
            id: string;
            instanceId: string;
            processId: string;
            businessKey: string | null;
            elementId: string;
            taskId: string | null;
            lane: string | null;
            /** @enum {string} */
            state: "on-time" | "at-risk" | "breached" | "met" | "cancelled";
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            startedAt: string;
            /**
             * Format: date-time
             * @description When the promise breaks; moves with pauses and re-targeting
             * @example 2026-01-05T09:00:00.000Z
             */
            targetAt: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            atRiskAt: string;
            /**
             * Format: date-time
             * @description Set while the instance waits on the customer
             * @example 2026-01-05T09:00:00.000Z
             */
            pausedAt: string | null;
            pausedMs: number;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            atRiskSince: string | null;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            breachedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            closedAt: string | null;
            calendar: string | null;
        };
        RetargetSla: {
            /**
             * @description The new target, counted from the SLA start: an ISO 8601 duration or milliseconds
             * @example PT4H
             */
            duration: string | number;
        };
        TaskPage: {
            items: components["schemas"]["Task"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        Task: {
            id: string;
            instanceId: string;
            definitionId: string;
            processId: string;
            /**
             * @description The process's name as drawn in its version's diagram (`name` on `bpmn:process`); null when the diagram names none (show `processId`)
             * @example Customer request
             */
            processName: string | null;
            businessKey: string | null;
            elementId: string;
            name: string | null;
            /** @enum {string} */
            state: "open" | "completed" | "cancelled";
            /** @description Its request is on hold (suspended by an operator): it cannot be claimed, assigned or completed until resumed */
            suspended: boolean;
            lane: string | null;
            assignee: string | null;
            candidateUsers: string[];
            candidateGroups: string[];
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            dueAt: string | null;
            /**
             * Format: date-time
             * @description When the promise of the customer's request falls (or fell) due: the request's, beside the task's own due date, carried until the promise is kept; in the past, the promise is broken
             * @example 2026-01-05T09:00:00.000Z
             */
            promiseDueAt: string | null;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            followUpAt: string | null;
            priority: number;
            formKey: string | null;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            claimedAt: string | null;
            claimedBy: string | null;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            completedAt: string | null;
            completedBy: string | null;
            sla: components["schemas"]["TaskSla"];
        };
        /** @description The SLA guarding the task; null when it has none */
        TaskSla: {
            id: string;
            /** @enum {string} */
            state: "on-time" | "at-risk" | "breached" | "met" | "cancelled";
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            startedAt: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            targetAt: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            atRiskAt: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            pausedAt: string | null;
        } | null;
        TaskDetail: components["schemas"]["Task"] & {
            form: {
                key: string | null;
                fields: components["schemas"]["FormField"][];
                /** @description The form-js schema the task links (`camunda:formRef`, or `camunda:formKey="camunda-forms:deployment:<file>"`), read from a deployed `.form` file; null when it links none */
                schema: {
                    [key: string]: unknown;
                } | null;
            };
            variables: components["schemas"]["Variables"];
        };
        AssignTask: {
            assignee: string | null;
        };
        DelegateTask: {
            assignee: string;
        };
        CompleteTask: {
            variables?: components["schemas"]["Variables"];
        };
        TaskComment: {
            id: string;
            userId: string | null;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            at: string;
            message: string;
        };
        NewTaskComment: {
            message: string;
        };
        LockedExternalTask: {
            id: string;
            topic: string;
            workerId: string | null;
            instanceId: string;
            definitionId: string;
            processId: string;
            elementId: string;
            businessKey: string | null;
            priority: number;
            retries: number | null;
            errorMessage: string | null;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            lockExpiresAt: string | null;
            variables: components["schemas"]["Variables"];
        };
        FetchAndLock: {
            workerId: string;
            maxTasks: number;
            usePriority?: boolean;
            /** @description Long polling: ms to wait for work */
            asyncResponseTimeout?: number;
            topics: {
                topicName: string;
                lockDuration: number;
                processDefinitionKey?: string;
                businessKey?: string;
                /** @description Names of the variables to return; all when absent */
                variables?: string[];
            }[];
        };
        CompleteExternalTask: {
            workerId: string;
            variables?: components["schemas"]["Variables"];
        };
        ExternalTaskFailure: {
            workerId: string;
            errorMessage: string;
            errorDetails?: string;
            retries: number;
            retryTimeout: number;
        };
        ExternalTaskBpmnError: {
            workerId: string;
            errorCode: string;
            errorMessage?: string;
            variables?: components["schemas"]["Variables"];
        };
        ExtendLock: {
            workerId: string;
            newDuration: number;
        };
        Incident: {
            id: string;
            /**
             * @description `failedJob`, `failedExternalTask`, `expression` or `unhandledError` (the engine's), or a type an operator gave an incident raised by hand
             * @example failedJob
             */
            type: string;
            instanceId: string;
            elementId: string;
            tokenId: string | null;
            externalTaskId: string | null;
            jobId: string | null;
            message: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            resolvedAt: string | null;
        };
        CorrelationResults: {
            results: {
                /**
                 * @description A waiting execution was reached, or a new instance started
                 * @enum {string}
                 */
                resultType: "Execution" | "ProcessDefinition";
                instanceId: string;
            }[];
        };
        CorrelateMessage: {
            /** @example customer-reply */
            messageName: string;
            /**
             * @description Only executions (or a new instance) of this business key
             * @example customer-42
             */
            businessKey?: string;
            /** @description Only executions of this instance */
            instanceId?: string;
            correlationKeys?: components["schemas"]["Variables"] & unknown;
            variables?: components["schemas"]["Variables"] & unknown;
            /** @description Deliver to every matching execution instead of exactly one */
            all?: boolean;
        };
        SignalResult: {
            /** @description Waiting executions reached plus instances started */
            reached: number;
        };
        BroadcastSignal: {
            /** @example store-closed */
            signalName: string;
            variables?: components["schemas"]["Variables"] & unknown;
        };
        HistoryEntry: {
            seq: number;
            instanceId: string;
            /** @example task.completed */
            kind: string;
            elementId: string | null;
            elementType: string | null;
            tokenId: string | null;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            at: string;
            userId: string | null;
            data: {
                [key: string]: unknown;
            } | null;
        };
        CustomerList: {
            items: components["schemas"]["Customer"][];
        };
        Customer: {
            /** @example C-1001 */
            businessKey: string;
            /** @description Requests opened with the key */
            requests: number;
            /** @description Those still running */
            open: number;
            /**
             * Format: date-time
             * @example 2026-12-07T10:00:00.000Z
             */
            lastRequestAt: string;
        };
        CustomerTimeline: {
            items: components["schemas"]["CustomerEvent"][];
            /** @description Pass as `before` for older events */
            nextBefore: number | null;
        };
        CustomerEvent: {
            /** @description The history line it stands for */
            seq: number;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            at: string;
            /**
             * @description request.* (opened by, resolved at which end, cancelled), task.created, task.completed (by whom, with what outcome), message.received, promise.* (at-risk, breached, met, escalated, paused while waiting on the customer, resumed, moved); `engine` only with `detail=engine`
             * @enum {string}
             */
            kind: "request.opened" | "request.resolved" | "request.cancelled" | "task.created" | "task.completed" | "message.received" | "promise.at-risk" | "promise.breached" | "promise.met" | "promise.escalated" | "promise.paused" | "promise.resumed" | "promise.moved" | "engine";
            instanceId: string;
            processId: string;
            /** @example Customer request */
            processName: string | null;
            element: components["schemas"]["NamedElement"];
            /** @description Who did it */
            userId: string | null;
            /** @description task.completed: the values submitted, with their form labels */
            outcome?: {
                name: string;
                label: string | null;
                value?: unknown;
            }[];
            onBehalfOf?: string;
            messageName?: string;
            /**
             * Format: date-time
             * @description Promise events: when the promise is due
             * @example 2026-01-05T09:00:00.000Z
             */
            dueAt?: string;
            escalatedTo?: components["schemas"]["NamedElement"] & unknown;
            /** @description request.resolved: the end reached; request.cancelled: why */
            reason?: string;
            /** @description engine events: the history line as the engine wrote it */
            engine?: {
                kind: string;
                data: {
                    [key: string]: unknown;
                } | null;
            };
        };
        NamedElement: {
            elementId: string;
            /** @example Answer the customer */
            name: string | null;
            /** @example Front office */
            lane: string | null;
            /** @description The user task it is, or the one the promise guards */
            taskId: string | null;
        } | null;
        SlaPolicy: {
            id: string;
            /** @example Phone, immediate */
            name: string;
            /**
             * @description Its name per language (the shipped policies: `en` and `es`); empty when `name` is what a person typed, for every language
             * @example {
             *       "en": "Phone, immediate",
             *       "es": "Teléfono, inmediata"
             *     }
             */
            names: {
                [key: string]: string;
            };
            /**
             * @description Where the customer meets the company (`phone`, `chat`, `email`, ...); null: any
             * @example phone
             */
            touchpoint: string | null;
            /**
             * @description What is promised: the first response, or the resolution of the request
             * @enum {string}
             */
            kind: "first-response" | "resolution";
            /**
             * @description The promise, an ISO 8601 duration
             * @example PT3M
             */
            target: string;
            calendar: string | null;
            /**
             * Format: date-time
             * @description Null: a default never changed
             * @example 2026-01-05T09:00:00.000Z
             */
            updatedAt: string | null;
            updatedBy: string | null;
        };
        NewSlaPolicy: {
            /** @example phone-immediate */
            id: string;
            /** @example Phone, immediate */
            name: string;
            /**
             * @description Its name per language (`es`, `en`), shown instead of `name` to people reading that language; on a change, left out: kept while `name` is unchanged, dropped when it changes
             * @example {
             *       "en": "Phone, immediate",
             *       "es": "Teléfono, inmediata"
             *     }
             */
            names?: {
                [key: string]: string;
            };
            /**
             * @description Where the customer meets the company (`phone`, `chat`, `email`, ...); null: any
             * @example phone
             */
            touchpoint: string | null;
            /**
             * @description What is promised: the first response, or the resolution of the request
             * @enum {string}
             */
            kind: "first-response" | "resolution";
            /**
             * @description The promise, an ISO 8601 duration
             * @example PT3M
             */
            target: string;
            /**
             * @description A business calendar configured on the server: the target counts in its working time; null: plain time
             * @default null
             * @example null
             */
            calendar: string | null;
        };
        SlaPolicyTerms: {
            /** @example Phone, immediate */
            name: string;
            /**
             * @description Its name per language (`es`, `en`), shown instead of `name` to people reading that language; on a change, left out: kept while `name` is unchanged, dropped when it changes
             * @example {
             *       "en": "Phone, immediate",
             *       "es": "Teléfono, inmediata"
             *     }
             */
            names?: {
                [key: string]: string;
            };
            /**
             * @description Where the customer meets the company (`phone`, `chat`, `email`, ...); null: any
             * @example phone
             */
            touchpoint: string | null;
            /**
             * @description What is promised: the first response, or the resolution of the request
             * @enum {string}
             */
            kind: "first-response" | "resolution";
            /**
             * @description The promise, an ISO 8601 duration
             * @example PT3M
             */
            target: string;
            /**
             * @description A business calendar configured on the server: the target counts in its working time; null: plain time
             * @default null
             * @example null
             */
            calendar: string | null;
        };
        OpenWork: {
            dueSoonMinutes: number;
            /**
             * @example [
             *       60,
             *       240,
             *       1440
             *     ]
             */
            ageStepsMinutes: number[];
            byLane: {
                lane: string | null;
                open: number;
                overdue: number;
                dueSoon: number;
                /**
                 * @description Open tasks by how long ago they were created: younger than the first of `ageStepsMinutes`, then up to each next, then older
                 * @example [
                 *       4,
                 *       2,
                 *       1,
                 *       0
                 *     ]
                 */
                byAge: number[];
            }[];
            byProcess: {
                processId: string;
                open: number;
                overdue: number;
                dueSoon: number;
                /**
                 * @description Open tasks by how long ago they were created: younger than the first of `ageStepsMinutes`, then up to each next, then older
                 * @example [
                 *       4,
                 *       2,
                 *       1,
                 *       0
                 *     ]
                 */
                byAge: number[];
            }[];
        };
        SlaMetrics: {
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            from: string;
            /**
             * Format: date-time
             * @description Null: up to now
             * @example 2026-01-05T09:00:00.000Z
             */
            to: string | null;
            processId: string | null;
            byProcess: {
                met: number;
                breached: number;
                /** @description Running, within the promise */
                onTime: number;
                atRisk: number;
                cancelled: number;
                /** @description met / (met + breached); null when neither */
                compliance: number | null;
                /** @description Mean time on the SLA clock (pauses excluded) of the met and breached SLAs that closed */
                averageCloseMs: number | null;
                /** @description 90th percentile (nearest rank) of the same times */
                p90CloseMs: number | null;
                processId: string;
                /**
                 * @description The process's name in its latest version
                 * @example Customer request
                 */
                name: string | null;
            }[];
            byElement: {
                met: number;
                breached: number;
                /** @description Running, within the promise */
                onTime: number;
                atRisk: number;
                cancelled: number;
                /** @description met / (met + breached); null when neither */
                compliance: number | null;
                /** @description Mean time on the SLA clock (pauses excluded) of the met and breached SLAs that closed */
                averageCloseMs: number | null;
                /** @description 90th percentile (nearest rank) of the same times */
                p90CloseMs: number | null;
                processId: string;
                elementId: string;
                lane: string | null;
                /**
                 * @description The element's name in the process's latest version
                 * @example Answer the customer
                 */
                name: string | null;
                /**
                 * @description Its `touchpoint` property: where the customer meets the company
                 * @example phone, chat
                 */
                touchpoint: string | null;
            }[];
            byLane: {
                met: number;
                breached: number;
                /** @description Running, within the promise */
                onTime: number;
                atRisk: number;
                cancelled: number;
                /** @description met / (met + breached); null when neither */
                compliance: number | null;
                /** @description Mean time on the SLA clock (pauses excluded) of the met and breached SLAs that closed */
                averageCloseMs: number | null;
                /** @description 90th percentile (nearest rank) of the same times */
                p90CloseMs: number | null;
                lane: string | null;
            }[];
            byPolicy: {
                met: number;
                breached: number;
                /** @description Running, within the promise */
                onTime: number;
                atRisk: number;
                cancelled: number;
                /** @description met / (met + breached); null when neither */
                compliance: number | null;
                /** @description Mean time on the SLA clock (pauses excluded) of the met and breached SLAs that closed */
                averageCloseMs: number | null;
                /** @description 90th percentile (nearest rank) of the same times */
                p90CloseMs: number | null;
                /**
                 * @description The SLA policy the targets came from; null: none
                 * @example phone-immediate
                 */
                policy: string | null;
                /**
                 * @description The policy's name as it is now
                 * @example Phone, immediate
                 */
                name: string | null;
            }[];
            openByLane: {
                lane: string | null;
                onTime: number;
                atRisk: number;
                breached: number;
                paused: number;
            }[];
            /** @description With `bucket`: the SLAs that started in each bucket of the window, over the lanes the caller steers, oldest first; buckets without any are left out. Null without `bucket`. */
            trend: {
                met: number;
                breached: number;
                /** @description Running, within the promise */
                onTime: number;
                atRisk: number;
                cancelled: number;
                /** @description met / (met + breached); null when neither */
                compliance: number | null;
                /**
                 * Format: date-time
                 * @description When the bucket starts
                 * @example 2026-01-05T09:00:00.000Z
                 */
                from: string;
            }[] | null;
        };
        Escalations: {
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            from: string;
            /**
             * Format: date-time
             * @example 2026-01-05T09:00:00.000Z
             */
            to: string | null;
            items: (components["schemas"]["CustomerEvent"] & {
                /** @description The customer */
                businessKey: string | null;
            })[];
        };
        InstanceCounts: {
            byDefinition: {
                processId: string;
                definitionId: string;
                /** @enum {string} */
                status: "active" | "completed" | "terminated" | "cancelled";
                count: number;
            }[];
        };
        ElementStatistics: {
            definitionId: string;
            elements: {
                elementId: string;
                elementType: string | null;
                started: number;
                completed: number;
                cancelled: number;
                averageDurationMs: number | null;
                /** @description Passes under way now */
                active: number;
                /** @description Promises on the element that started in the window and broke */
                breached: number;
            }[];
        };
        TouchpointCatalogue: {
            entries: {
                /** @description Life-cycle stage; null when the process names none */
                stage: string | null;
                touchpoint: string;
                /** @description The company's touchpoint map names it */
                declared: boolean;
                processes: {
                    processId: string;
                    name: string | null;
                    version: number;
                    definitionId: string;
                    elements: {
                        elementId: string;
                        name: string | null;
                    }[];
                }[];
            }[];
        };
        InventoryReport: {
            /** @description Start of the window for worker sightings */
            workersSince: string;
            touchpointsWithoutProcess: {
                stage: string;
                touchpoint: string;
            }[];
            processesWithoutSla: {
                processId: string;
                name: string | null;
                version: number;
            }[];
            tasksWithoutPeople: {
                processId: string;
                name: string | null;
                version: number;
                elementId: string;
                lane: string | null;
                groups: string[];
                users: string[];
            }[];
            topicsWithoutWorker: {
                topic: string;
                lastSeenAt: string | null;
                elements: {
                    processId: string;
                    name: string | null;
                    version: number;
                    elementId: string;
                    elementName: string | null;
                }[];
            }[];
        };
        CamundaVariables: {
            [key: string]: components["schemas"]["CamundaVariableValue"];
        } | null;
        CamundaVariableValue: {
            value?: unknown;
            type?: string | null;
            valueInfo?: {
                [key: string]: unknown;
            } | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
