// The parts of posix_spawn and pipe that Swift's Glibc module leaves out (glibc declares them
// only under _GNU_SOURCE), for starting the process that runs a lesson.
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

#ifdef __linux__
extern int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *, int);
extern int pipe2(int __pipedes[2], int __flags);
#endif

/// A pipe whose two ends are closed in any program started later (so a child gets only the
/// ends it is given explicitly).
static inline int tflearn_pipe_cloexec(int fds[2]) {
#ifdef __linux__
    return pipe2(fds, O_CLOEXEC);
#else
    if (pipe(fds) != 0) return -1;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
#endif
}

/// Closes every file descriptor from `from` up in the started program (glibc 2.34 and later);
/// elsewhere it does nothing.
static inline int tflearn_spawn_close_from(posix_spawn_file_actions_t *actions, int from) {
#ifdef __linux__
    return posix_spawn_file_actions_addclosefrom_np(actions, from);
#else
    (void)actions; (void)from;
    return 0;
#endif
}
