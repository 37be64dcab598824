import type { Role } from '../../engine/ports/identity.ts';

/** A BPMN file read from disk, before it is deployed. */
export interface DiagramFile {
  /** The path as the user typed it, for messages. */
  path: string;
  name: string;
  xml: string;
}

/** What deploying one file did. */
export interface Deployed {
  file: string;
  duplicate: boolean;
  definitions: { processId: string; version: number }[];
  warnings: { message: string; line?: number; elementId?: string }[];
}

export interface NewUser {
  username: string;
  role: Role;
  groups: string[];
  password: string;
}

/**
 * Where `deploy`, `users` and `token` write: a running server through its API, or a database
 * directly. `where` names it in every line the commands print.
 */
export interface Target {
  where: string;
  deploy(file: DiagramFile): Promise<Deployed>;
  addUser(user: NewUser): Promise<void>;
  listUsers(): Promise<{ username: string; role: string; groups: string[] }[]>;
  createToken(username: string, name: string): Promise<string>;
  close(): Promise<void>;
}
