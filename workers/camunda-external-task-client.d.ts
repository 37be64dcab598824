/**
 * The part of camunda-external-task-client-js (plain JavaScript, no bundled types) that the
 * example workers and the compatibility tests use, declared as its README documents it. The
 * package itself runs unmodified.
 */
declare module 'camunda-external-task-client-js' {
  import { EventEmitter } from 'node:events';

  export interface TypedValue {
    value: unknown;
    type: string;
    valueInfo?: Record<string, unknown>;
  }

  export class Variables {
    get(name: string): unknown;
    getTyped(name: string): TypedValue | undefined;
    getAll(): Record<string, unknown>;
    getAllTyped(): Record<string, TypedValue>;
    set(name: string, value: unknown): Variables;
    setTyped(name: string, typed: TypedValue): Variables;
    setAll(values: Record<string, unknown>): Variables;
  }

  export interface Task {
    id: string;
    topicName: string;
    processInstanceId: string;
    processDefinitionKey: string;
    activityId: string;
    businessKey: string | null;
    retries: number | null;
    variables: Variables;
  }

  export interface TaskService {
    complete(task: Task, variables?: Variables, localVariables?: Variables): Promise<void>;
    handleFailure(
      task: Task,
      options: {
        errorMessage?: string;
        errorDetails?: string;
        retries?: number;
        retryTimeout?: number;
      },
    ): Promise<void>;
    handleBpmnError(
      task: Task,
      errorCode: string,
      errorMessage?: string,
      variables?: Variables,
    ): Promise<void>;
    lock(task: Task, duration: number): Promise<void>;
    extendLock(task: Task, newDuration: number): Promise<void>;
    unlock(task: Task): Promise<void>;
  }

  export type Handler = (args: { task: Task; taskService: TaskService }) => Promise<void> | void;
  export type Interceptor = (config: Record<string, unknown>) => Record<string, unknown>;

  export interface ClientConfig {
    baseUrl: string;
    workerId?: string;
    maxTasks?: number;
    interval?: number;
    lockDuration?: number;
    autoPoll?: boolean;
    asyncResponseTimeout?: number;
    usePriority?: boolean;
    interceptors?: Interceptor | Interceptor[];
    use?: ((client: Client) => void) | ((client: Client) => void)[];
  }

  export class Client extends EventEmitter {
    constructor(config: ClientConfig);
    subscribe(topic: string, handler: Handler): { unsubscribe(): void };
    subscribe(
      topic: string,
      options: {
        lockDuration?: number;
        variables?: string[];
        businessKey?: string;
        processDefinitionKey?: string;
      },
      handler: Handler,
    ): { unsubscribe(): void };
    start(): void;
    stop(): void;
  }

  /** `new BasicAuthInterceptor(...)` returns the interceptor function itself. */
  export const BasicAuthInterceptor: new (options: {
    username: string;
    password: string;
  }) => Interceptor;
}
