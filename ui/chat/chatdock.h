// The chat dock of every workspace (issue 7): builds the outbox (per environment and user), the hub
// connection and the chat pane, keeps the dock title's unread count, and shows desktop
// notifications (through WorkspaceContext::notifier, U10) for new messages and important events while the
// window is not active; clicking one opens the conversation.
#pragma once

#include "ui/workspacecontext.h"

namespace tutorhub::ui::chat {

// Registers the chat dock with the page registry (app/workspaces.cpp), and the "messages" page: a
// full-size chat pane on the dock's connection.
void registerDock(PageRegistry &registry);
// The dock for the signed-in user of `context`; nullptr without a session.
// It publishes the chat in context.chat (K46) for the window's pages.
QDockWidget *createChatDock(const WorkspaceContext &context, QMainWindow *window);
// Shows the window's chat dock on the conversation of an enrollment (the student and tutor workspaces call this
// from an enrollment; the conversation is created when needed). False when the window has no chat.
bool openChatForEnrollment(const WorkspaceContext &context, const QString &enrollmentId, const QString &studentId,
                           const QString &tutorId);

} // namespace tutorhub::ui::chat
