import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChannelInput } from '../../../electron/api/contract';
import type { ApiError } from '../../../electron/api/errors';
import type { Project, ProjectSummary } from '../../../electron/features/projects/contract';
import { api } from '../../app/api';

// The project hooks: with the other feature hooks, the only code calling the API.

export function useProjects() {
  const [token, setToken] = useState(0);
  const [state, setState] = useState<{
    token: number;
    data: ProjectSummary[] | null;
    error: ApiError | null;
  }>({ token: -1, data: null, error: null });
  useEffect(() => {
    let current = true;
    void api()
      ['projects.list']({})
      .then((result) => {
        if (!current) return;
        setState((previous) =>
          result.ok
            ? { token, data: result.data, error: null }
            : { token, data: previous.data, error: result.error },
        );
      });
    return () => {
      current = false;
    };
  }, [token]);
  const loading = state.token !== token;
  return {
    data: state.data,
    error: loading ? null : state.error,
    loading,
    reload: useCallback(() => setToken((n) => n + 1), []),
  };
}

export function useProject(id: number) {
  const [state, setState] = useState<{ id: number; data: Project | null; error: ApiError | null }>({
    id: 0,
    data: null,
    error: null,
  });
  const [token, setToken] = useState(0);
  useEffect(() => {
    let current = true;
    void api()
      ['projects.get']({ id })
      .then((result) => {
        if (!current) return;
        setState(
          result.ok
            ? { id, data: result.data, error: null }
            : { id, data: null, error: result.error },
        );
      });
    return () => {
      current = false;
    };
  }, [id, token]);
  const loading = state.id !== id || (state.data === null && state.error === null);
  return {
    data: state.id === id ? state.data : null,
    error: state.id === id ? state.error : null,
    loading,
    reload: useCallback(() => setToken((n) => n + 1), []),
  };
}

export function useProjectsApi() {
  return useMemo(
    () => ({
      createProject: (input: ChannelInput<'projects.create'>) => api()['projects.create'](input),
      updateProject: (input: ChannelInput<'projects.update'>) => api()['projects.update'](input),
    }),
    [],
  );
}
