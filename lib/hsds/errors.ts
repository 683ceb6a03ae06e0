export type HsdsErrorBody = { error: { code: string; message: string; parameter?: string } };

// Thrown by parameter parsing and lookups; lib/hsds/http.ts turns it into a JSON response.
export class HsdsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }

  static badParameter(parameter: string, message: string): HsdsError {
    return new HsdsError(400, "invalid_parameter", message, parameter);
  }

  static notFound(what: string): HsdsError {
    return new HsdsError(404, "not_found", `No published ${what} has this id.`);
  }

  toBody(): HsdsErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.parameter ? { parameter: this.parameter } : {}) } };
  }
}
