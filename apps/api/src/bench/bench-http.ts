import http from 'node:http';

export interface GqlRequest {
  query: string;
  variables: Record<string, unknown>;
  /** Bearer token; empty: anonymous. */
  token: string;
}

export interface GqlResult {
  status: number;
  data: Record<string, unknown> | null;
  errors: { message: string }[] | undefined;
}

/**
 * A minimal keep-alive GraphQL client on node:http: one agent, reused sockets, no retries.
 * Lighter than fetch, which matters when the load generator shares the CPU with the server.
 */
export class GqlClient {
  private readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(baseUrl: string, maxSockets: number) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  post(request: GqlRequest): Promise<GqlResult> {
    const body = JSON.stringify({ query: request.query, variables: request.variables });
    return new Promise<GqlResult>((resolve, reject) => {
      const req = http.request(
        {
          host: this.host,
          port: this.port,
          path: '/graphql',
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'accept-language': 'uk',
            ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
              resolve({ status: res.statusCode ?? 0, data: parsed.data ?? null, errors: parsed.errors });
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Posts and fails on any HTTP or GraphQL error: for set-up and timed rows, which must succeed. */
  async postOk(request: GqlRequest): Promise<Record<string, unknown>> {
    const result = await this.post(request);
    if (result.status !== 200 || result.errors?.length || !result.data) {
      const detail = result.errors?.map((e) => e.message).join('; ') ?? 'no data';
      throw new Error(`GraphQL request failed (HTTP ${result.status}): ${detail}\n${request.query}\n${JSON.stringify(request.variables)}`);
    }
    return result.data;
  }

  close(): void {
    this.agent.destroy();
  }
}
