import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountUser } from '../../../contracts/accounts.js';
import { errorMessage } from '../../api/client.js';
import { Button } from '../../components/ui/button.js';
import { Dialog } from '../../components/ui/dialog.js';
import { Field, Input } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { accountKeys, deleteUser } from './queries.js';

/** Admin: delete an account and everything it owns, after typing its email. */
export function AdminDeleteUser({ user }: { user: AccountUser }) {
  const qc = useQueryClient();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const remove = useMutation({
    mutationFn: () => deleteUser(user.id),
    onSuccess: () => {
      setOpen(false);
      toast.show(`${user.email} and everything in it are deleted.`);
      void qc.invalidateQueries({ queryKey: accountKeys.users });
    },
    onError: (e) => toast.show(errorMessage(e), { tone: 'error' }),
  });
  return (
    <>
      <Button size="sm" variant="danger" onClick={() => setOpen(true)} aria-label={`Delete ${user.displayName}`}>
        Delete
      </Button>
      <Dialog
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          if (!o) setTyped('');
        }}
        title={`Delete ${user.displayName}’s account?`}
        description="Every row the account owns is deleted, its shares end, and comments it wrote as a coach go too. The audit log keeps only that it was deleted. This cannot be undone."
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Keep it
            </Button>
            <Button
              variant="danger"
              disabled={typed.trim().toLowerCase() !== user.email || remove.isPending}
              onClick={() => remove.mutate()}
            >
              Delete account
            </Button>
          </>
        }
      >
        <Field label={`Type ${user.email} to confirm`}>
          {({ id, describedBy }) => (
            <Input id={id} value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} aria-describedby={describedBy} />
          )}
        </Field>
      </Dialog>
    </>
  );
}
