/**
 * Credentials per request. A {@code CredentialSource} (fixed token or basic auth, {@code FileTokenSource} for
 * token files and the in-cluster token, {@code ExecCredentialSource} for exec plugins) is chosen by
 * {@code CredentialSources} with client-go's precedence; {@code AuthInterceptor} attaches it (https only),
 * adds impersonation headers and, after a 401, refreshes the source and retries once.
 *
 * <p>Threads: sources run on the thread making the request (an OkHttp caller or dispatcher thread). An exec
 * plugin run holds a lock so concurrent callers wait for one run; while it runs, two short-lived
 * {@code kube4j-exec-io} daemon threads drain its output, ending with the process.
 */
package io.kube4j.client.internal.auth;
