/**
 * Who may do what on a registry. Docker Hub (docker.io): pulls of public repositories
 * need no login; pushes need one, and only into the user's own namespace. A private
 * registry started from the `registry` image (localhost:5000) accepts anonymous pushes.
 * Passwords are checked per request, like basic auth: the daemon forwards whatever
 * credentials the CLI sent in X-Registry-Auth.
 */
import { registryError } from './errors.ts';

export interface Credentials {
  username: string;
  password: string;
}

export interface AuthPolicy {
  /** Anyone may push (a `registry:2` container without auth). */
  anonymousPush: boolean;
  /** The first login of an unknown user creates the account (a learner's Hub account). */
  openSignup: boolean;
  /** Pushes must go to `<username>/…` (Docker Hub namespaces). */
  namespaced: boolean;
}

export class Users {
  private readonly passwords = new Map<string, string>();

  constructor(private readonly policy: AuthPolicy) {}

  add(username: string, password: string): void {
    this.passwords.set(username, password);
  }

  /**
   * Check credentials; with open signup an unknown user is registered on the spot.
   * @example users.login('bob', 'secret') // throws UNAUTHORIZED on a wrong password
   */
  login(username: string, password: string): void {
    const known = this.passwords.get(username);
    if (known === undefined && this.policy.openSignup && username && password) {
      this.passwords.set(username, password);
      return;
    }
    if (known === undefined || known !== password) throw registryError('UNAUTHORIZED', 'incorrect username or password');
  }

  /** The authenticated user, or undefined for anonymous; bad credentials throw. */
  authenticate(auth?: Credentials): string | undefined {
    if (!auth || !auth.username) return undefined;
    const known = this.passwords.get(auth.username);
    if (known === undefined || known !== auth.password) throw registryError('UNAUTHORIZED', 'incorrect username or password');
    return auth.username;
  }

  /** Throws DENIED unless `auth` may push into `repository`. */
  authorizePush(repository: string, auth?: Credentials): void {
    const user = this.authenticate(auth);
    if (this.policy.anonymousPush) return;
    if (!user) throw registryError('DENIED');
    if (this.policy.namespaced && repository.split('/')[0] !== user) throw registryError('DENIED');
  }
}
