#include "backgroundjob.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace asirace {

bool runWithProgress(QWidget *parent, const QString &label, int delayMs, std::function<void()> work)
{
    // The thread owns the work; once cancelled, nobody waits for it, so it
    // deletes itself when done. Whatever `work` writes must be shared with it.
    QThread *thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);

    QEventLoop loop;
    bool finished = false;
    QObject::connect(thread, &QThread::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });

    // Range 0..0 is a busy bar. It is shown by our own timer: QProgressDialog
    // shows itself only from setValue(), which a busy bar never gets.
    QProgressDialog progress(label, QObject::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    QTimer reveal;
    reveal.setSingleShot(true);
    QObject::connect(&reveal, &QTimer::timeout, &progress, &QWidget::show);

    thread->start();
    reveal.start(delayMs);
    loop.exec();
    return finished;
}

} // namespace asirace
