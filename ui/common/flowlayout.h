// A layout that places its items left to right and starts a new row when the next one does not fit
// (the approach of Qt's "Flow Layout" example; Qt has no such class). Used for filter bars and the
// week view's header, so they wrap instead of clipping or forcing the window wider (decision L2).
// An item added with a stretch factor > 0 takes the row's spare width (shared by the row's stretchy
// items in proportion), so a search field grows on a wide window and still wraps on a narrow one.
#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace tutorhub::ui {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = -1, int vSpacing = -1);
    ~FlowLayout() override;

    // A widget that takes part of the row's spare width in proportion to `stretch`.
    void addWidget(QWidget *widget, int stretch = 0);
    void addItem(QLayoutItem *item) override;
    int horizontalSpacing() const;
    int verticalSpacing() const;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override;
    QLayoutItem *takeAt(int index) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int smartSpacing(QStyle::PixelMetric pm) const;

    struct Entry
    {
        QLayoutItem *item;
        int stretch;
    };
    QList<Entry> m_items;
    int m_hSpace;
    int m_vSpace;
};

} // namespace tutorhub::ui
